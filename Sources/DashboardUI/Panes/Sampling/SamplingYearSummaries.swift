import PilotCore

/// The sampling pane's year summary for every year, counted once per revision from the rows (whose status is
/// already computed): a frame reads its year's rows instead of walking every sampling. An edit recounts only
/// the rows it touches (`update`).
struct SamplingYearSummaries: Equatable, Sendable {
    struct Year: Equatable, Sendable {
        let byProduct: [SamplingSummary.Row]
        let byLab: [SamplingSummary.Row]
    }

    private var years: [Int: Year] = [:]
    private var products: [Int: [String: SamplingSummary.Counts]] = [:]
    private var labs: [Int: [String: SamplingSummary.Counts]] = [:]

    init(_ rows: [SamplingRow]) {
        update(removing: [], adding: rows)
    }

    /// Takes the rows as they were out of the counts and the rows as they are in, and sums up the years they are in.
    mutating func update(removing old: [SamplingRow], adding new: [SamplingRow]) {
        var changed = Set<Int>()
        for (rows, step) in [(old, -1), (new, 1)] {
            // As SamplingSummary counts: supervisory samplings in force.
            for row in rows where !row.sampling.commissioned && !row.sampling.isVoided {
                let s = row.sampling
                let year = s.sampledOn.year
                changed.insert(year)
                Self.count(&products[year, default: [:]], s.productId, row, step)
                Self.count(&labs[year, default: [:]], s.lab, row, step)
            }
        }
        func sorted(_ table: [String: SamplingSummary.Counts]?) -> [SamplingSummary.Row] {
            (table ?? [:]).sorted { $0.key < $1.key }.map { SamplingSummary.Row(key: $0.key, counts: $0.value) }
        }
        for year in changed {
            if products[year]?.isEmpty ?? true {
                (products[year], labs[year], years[year]) = (nil, nil, nil)
            } else {
                years[year] = Year(byProduct: sorted(products[year]), byLab: sorted(labs[year]))
            }
        }
    }

    /// Adds a row to a key's counts (step 1) or takes it out (step -1); a key left with nothing goes.
    private static func count(_ table: inout [String: SamplingSummary.Counts], _ key: String, _ row: SamplingRow, _ step: Int) {
        var counts = table[key] ?? .init()
        switch row.sampling.conclusion {
        case .pass: counts.pass += step
        case .fail: counts.fail += step
        case .pending:
            counts.pending += step
            if row.status.isOverdue { counts.overdue += step }
        }
        table[key] = counts.total == 0 ? nil : counts
    }

    subscript(year: Int) -> Year { years[year] ?? Year(byProduct: [], byLab: []) }
}
