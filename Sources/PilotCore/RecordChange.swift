/// One record as it was and as it is after an edit (nil before: created; nil after: deleted), so that what is
/// derived from the store can follow the edit instead of being rebuilt.
public struct RecordChange: Hashable, Sendable {
    public let before: AnyRecord?
    public let after: AnyRecord?

    public init(before: AnyRecord?, after: AnyRecord?) {
        self.before = before
        self.after = after
    }

    /// Both sides, whichever exist.
    public var records: [AnyRecord] { [before, after].compactMap { $0 } }
}
