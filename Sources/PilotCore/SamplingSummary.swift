/// Pass / fail / pending / overdue counts per product and per lab for one year's supervisory samplings (commissioned
/// testing is not sampling).
public enum SamplingSummary {
    public struct Counts: Hashable, Sendable {
        public var pass = 0, fail = 0, pending = 0, overdue = 0
        public var total: Int { pass + fail + pending }
    }

    public struct Row: Hashable, Sendable {
        public let key: String
        public let counts: Counts
    }

    public static func rows(
        _ data: PilotData, year: Int, today: CivilDate, calendar: WorkingCalendar,
        by key: (Sampling) -> String
    ) -> [Row] {
        var table: [String: Counts] = [:]
        for s in data.supervisorySamplings where s.sampledOn.year == year {
            var c = table[key(s)] ?? Counts()
            switch s.conclusion {
            case .pass: c.pass += 1
            case .fail: c.fail += 1
            case .pending:
                c.pending += 1
                if SamplingStatus(s, deadlines: data.deadlines, today: today, calendar: calendar).isOverdue { c.overdue += 1 }
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
