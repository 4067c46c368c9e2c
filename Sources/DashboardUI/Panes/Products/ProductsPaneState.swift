import PilotCore

/// The products pane: the filterable list of cases (its filter, sort and matches read as `products.filter`,
/// `products.sort`, `products.visible`), and the case being read.
public struct ProductsPaneState: FilterableListPane, Equatable, Sendable {
    public var listing = FilterableList(sort: ProductSort.id)
    /// The case being read, and how far it is scrolled.
    public var detail: DetailState?
}
