/// Where a deadline stands today.
public struct DeadlineStatus: Hashable, Sendable {
    public let due: CivilDate
    /// Working (or calendar) days past the due date; 0 or less when not yet overdue.
    public let overdueBy: Int
    /// Years from the start to the due date with no holiday arrangement on file (statutory holidays assumed).
    public let estimatedYears: [Int]

    public init(due: CivilDate, overdueBy: Int, estimatedYears: [Int] = []) {
        self.due = due
        self.overdueBy = overdueBy
        self.estimatedYears = estimatedYears
    }

    public var isOverdue: Bool { overdueBy > 0 }
    /// "2027 年放假安排未录入，按法定节日估算" when the due date rests on an estimate.
    public var estimateNote: Bilingual? { StatutoryHoliday.estimateNote(years: estimatedYears) }
}
