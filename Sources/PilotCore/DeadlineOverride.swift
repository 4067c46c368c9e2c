/// A province's own number for a deadline (a store setting), kept beside the regulation's.
public struct DeadlineOverride: Hashable, Sendable {
    public let regulationCount: Int
    public let reason: String?

    public init(regulationCount: Int, reason: String?) {
        self.regulationCount = regulationCount
        self.reason = reason
    }
}
