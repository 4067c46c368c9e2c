/// Where a sampling stands today: working days at the lab, the report deadline, the re-test window.
public struct SamplingStatus: Hashable, Sendable {
    /// Working days since the lab received the sample (pending results only).
    public let daysAtLab: Int?
    /// The report deadline (30 working days after receipt) and how far past it a pending result is.
    public let report: DeadlineStatus
    /// For a failed result with a report date: the 7-day window to request a re-test.
    public let retestWindow: DeadlineStatus?

    public var isOverdue: Bool { daysAtLab != nil && report.isOverdue }

    public init(_ s: Sampling, today: CivilDate, calendar: WorkingCalendar) {
        report = DeadlineRule.samplingReport.status(after: s.labReceivedOn, today: today, calendar: calendar)
        daysAtLab = s.conclusion == .pending ? max(0, calendar.workingDays(from: s.labReceivedOn, to: today)) : nil
        if s.conclusion == .fail, let reported = s.reportDate {
            retestWindow = DeadlineRule.retestRequest.status(after: reported, today: today, calendar: calendar)
        } else {
            retestWindow = nil
        }
    }
}
