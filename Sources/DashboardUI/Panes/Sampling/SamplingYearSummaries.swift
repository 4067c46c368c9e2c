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

    /// Counted in flat arrays, a product or lab by its number and a year by its slot, then put in the tables
    /// `update` keeps once per key: counting 200k rows straight into nested dictionaries copied each row and wrote
    /// two dictionary entries per row.
    init(_ rows: [SamplingRow]) {
        // As SamplingSummary counts: supervisory samplings in force. Read through the array, never a row copied
        // out of it (its strings retained and released).
        let counted = rows.indices.filter { !rows[$0].sampling.commissioned && !rows[$0].sampling.isVoided }
        let products = CanonicalNumbers(counted.lazy.map { rows[$0].sampling.productId })
        let labs = CanonicalNumbers(counted.lazy.map { rows[$0].sampling.lab })
        var slots: [Int: Int] = [:]
        var productCounts: [[SamplingSummary.Counts]] = []
        var labCounts: [[SamplingSummary.Counts]] = []
        for (k, i) in counted.enumerated() {
            let year = rows[i].sampling.sampledOn.year
            let slot = slots[year] ?? slots.count
            if slot == slots.count {
                slots[year] = slot
                productCounts.append(Array(repeating: .init(), count: products.values.count))
                labCounts.append(Array(repeating: .init(), count: labs.values.count))
            }
            let (conclusion, overdue) = (rows[i].sampling.conclusion, rows[i].status.isOverdue)
            productCounts[slot][products.rows[k]].add(conclusion, overdue: overdue)
            labCounts[slot][labs.rows[k]].add(conclusion, overdue: overdue)
        }
        func table(_ counts: [SamplingSummary.Counts], _ keys: [String]) -> [String: SamplingSummary.Counts] {
            Dictionary(uniqueKeysWithValues: counts.indices.lazy.filter { counts[$0].total != 0 }.map { (keys[$0], counts[$0]) })
        }
        for (year, slot) in slots {
            (self.products[year], self.labs[year]) = (table(productCounts[slot], products.values), table(labCounts[slot], labs.values))
            years[year] = Year(byProduct: Self.sorted(self.products[year]), byLab: Self.sorted(self.labs[year]))
        }
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
        for year in changed {
            if products[year]?.isEmpty ?? true {
                (products[year], labs[year], years[year]) = (nil, nil, nil)
            } else {
                years[year] = Year(byProduct: Self.sorted(products[year]), byLab: Self.sorted(labs[year]))
            }
        }
    }

    /// A year's counts by key, in the order of the keys.
    private static func sorted(_ table: [String: SamplingSummary.Counts]?) -> [SamplingSummary.Row] {
        (table ?? [:]).sorted { $0.key < $1.key }.map { SamplingSummary.Row(key: $0.key, counts: $0.value) }
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
