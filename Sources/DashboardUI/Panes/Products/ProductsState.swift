import PilotCore

public struct ProductsPaneState: Equatable, Sendable {
    public var list = ListState()
    public var filter = ""
    public var sort = ProductSort.id
    /// Row positions shown, in order: the filter applied to the sort order.
    public var visible: [Int] = []
    /// The case being read, and how far it is scrolled.
    public var detail: DetailState?
}

public struct DetailState: Equatable, Sendable {
    public var productId: String
    public var scroll = 0
}
