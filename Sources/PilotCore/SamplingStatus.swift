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

/// Pass / fail / pending / overdue counts per product and per lab for one year's samplings.
public enum SamplingSummary {
    public struct Counts: Hashable, Sendable {
        public var pass = 0, fail = 0, pending = 0, overdue = 0
        public var total: Int { pass + fail + pending }
    }

    public struct Row: Hashable, Sendable {
        public let key: String
        public let counts: Counts
    }

    public static func rows(_ data: PilotData, year: Int, today: CivilDate, calendar: WorkingCalendar,
                            by key: (Sampling) -> String) -> [Row] {
        var table: [String: Counts] = [:]
        for s in data.samplings where s.sampledOn.year == year {
            var c = table[key(s)] ?? Counts()
            switch s.conclusion {
            case .pass: c.pass += 1
            case .fail: c.fail += 1
            case .pending:
                c.pending += 1
                if SamplingStatus(s, today: today, calendar: calendar).isOverdue { c.overdue += 1 }
            }
            table[key(s)] = c
        }
        return table.keys.sorted().map { Row(key: $0, counts: table[$0]!) }
    }

    public static func byProduct(_ data: PilotData, year: Int, today: CivilDate, calendar: WorkingCalendar) -> [Row] {
        rows(data, year: year, today: today, calendar: calendar) { $0.productId }
    }

    public static func byLab(_ data: PilotData, year: Int, today: CivilDate, calendar: WorkingCalendar) -> [Row] {
        rows(data, year: year, today: today, calendar: calendar) { $0.lab }
    }
}
