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
        var slots: [Int: Int] = [:]
        var (productNumbers, labNumbers) = ([String: Int](), [String: Int]())
        var (productKeys, labKeys) = ([String](), [String]())
        var (productCounts, labCounts) = ([[SamplingSummary.Counts]](), [[SamplingSummary.Counts]]())
        func number(_ key: String, _ numbers: inout [String: Int], _ keys: inout [String]) -> Int {
            if let n = numbers[key] { return n }
            numbers[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        func add(_ counts: inout [SamplingSummary.Counts], _ n: Int, _ conclusion: SamplingConclusion, _ overdue: Bool) {
            if n >= counts.count { counts += Array(repeating: .init(), count: n + 1 - counts.count) }
            counts[n].add(conclusion, overdue: overdue)
        }
        // As SamplingSummary counts: supervisory samplings in force.
        // Read through the array, never a row copied out of it (its strings retained and released).
        for i in rows.indices where !rows[i].sampling.commissioned && !rows[i].sampling.isVoided {
            let year = rows[i].sampling.sampledOn.year
            let slot = slots[year] ?? slots.count
            if slot == slots.count {
                slots[year] = slot
                (productCounts, labCounts) = (productCounts + [[]], labCounts + [[]])
            }
            let (conclusion, overdue) = (rows[i].sampling.conclusion, rows[i].status.isOverdue)
            add(&productCounts[slot], number(rows[i].sampling.productId, &productNumbers, &productKeys), conclusion, overdue)
            add(&labCounts[slot], number(rows[i].sampling.lab, &labNumbers, &labKeys), conclusion, overdue)
        }
        func table(_ counts: [SamplingSummary.Counts], _ keys: [String]) -> [String: SamplingSummary.Counts] {
            Dictionary(uniqueKeysWithValues: counts.indices.lazy.filter { counts[$0].total != 0 }.map { (keys[$0], counts[$0]) })
        }
        for (year, slot) in slots {
            (products[year], labs[year]) = (table(productCounts[slot], productKeys), table(labCounts[slot], labKeys))
            years[year] = Year(byProduct: Self.sorted(products[year]), byLab: Self.sorted(labs[year]))
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
