/// Where a deadline stands today.
public struct DeadlineStatus: Hashable, Sendable {
    public let due: CivilDate
    /// Working (or calendar) days past the due date; 0 or less when not yet overdue.
    public let overdueBy: Int
    public var isOverdue: Bool { overdueBy > 0 }
}
