/// Where a sampling stands today: working days at the lab, the report deadline, the re-test window.
public struct SamplingStatus: Hashable, Sendable {
    /// Working days since the lab received the sample (pending results only).
    public let daysAtLab: Int?
    /// The report deadline (the lab-report rule after receipt, or an approved extension's date) and how far
    /// past it a pending result is; nil once the result is in, as no deadline runs for a closed sampling.
    public let report: DeadlineStatus?
    /// True when `report.due` is an approved extension's date.
    public let reportExtended: Bool
    /// For a failed result served on the party: the window to request a re-test.
    public let retestWindow: DeadlineStatus?
    /// A failed result without a re-test whose 送达日期 is not recorded: the window cannot be computed yet.
    public let retestWindowUnknown: Bool
    /// Commissioned testing (委托检验) is the enterprise's own request: no statutory report deadline or re-test runs.
    public let deadlinesRun: Bool

    public var isOverdue: Bool { deadlinesRun && report?.isOverdue == true }

    public init(_ s: borrowing Sampling, deadlines: Deadlines, today: CivilDate, calendar: WorkingCalendar) {
        if s.conclusion == .pending {
            let rule = deadlines.labReport
            let due = s.reportDueExtendedTo ?? rule.due(after: s.labReceivedOn, calendar: calendar)
            report = rule.status(due: due, start: s.labReceivedOn, today: today, calendar: calendar)
            daysAtLab = max(0, calendar.workingDays(from: s.labReceivedOn, to: today))
        } else {
            report = nil
            daysAtLab = nil
        }
        reportExtended = s.reportDueExtendedTo != nil
        deadlinesRun = !s.commissioned
        if s.conclusion == .fail, !s.commissioned, let served = s.reportServedOn {
            retestWindow = deadlines.retestRequest.status(after: served, today: today, calendar: calendar)
        } else {
            retestWindow = nil
        }
        retestWindowUnknown = s.conclusion == .fail && !s.commissioned && s.retest == nil && s.reportServedOn == nil
    }
}
