/// Pass / fail / pending / overdue counts per product and per lab for one year's supervisory samplings (commissioned
/// testing is not sampling).
public enum SamplingSummary {
    public struct Counts: Hashable, Sendable {
        public var pass = 0, fail = 0, pending = 0, overdue = 0
        public var total: Int { pass + fail + pending }

        public init(pass: Int = 0, fail: Int = 0, pending: Int = 0, overdue: Int = 0) {
            (self.pass, self.fail, self.pending, self.overdue) = (pass, fail, pending, overdue)
        }

        /// Counts one sampling; `overdue` only matters for a pending one.
        public mutating func add(_ conclusion: SamplingConclusion, overdue: Bool) {
            switch conclusion {
            case .pass: pass += 1
            case .fail: fail += 1
            case .pending:
                pending += 1
                if overdue { self.overdue += 1 }
            }
        }
    }

    public struct Row: Hashable, Sendable {
        public let key: String
        public let counts: Counts

        public init(key: String, counts: Counts) {
            self.key = key
            self.counts = counts
        }
    }

    public static func rows(
        _ data: PilotData, year: Int, today: CivilDate, calendar: WorkingCalendar,
        by key: (Sampling) -> String
    ) -> [Row] {
        var table: [String: Counts] = [:]
        for s in data.supervisorySamplings where s.sampledOn.year == year {
            let overdue =
                s.conclusion == .pending && SamplingStatus(s, deadlines: data.deadlines, today: today, calendar: calendar).isOverdue
            table[key(s), default: Counts()].add(s.conclusion, overdue: overdue)
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
