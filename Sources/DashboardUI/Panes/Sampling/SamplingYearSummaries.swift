import PilotCore

/// The sampling pane's year summary for every year, counted once per revision from the rows (whose status is
/// already computed): a frame reads its year's rows instead of walking every sampling.
struct SamplingYearSummaries: Sendable {
    struct Year: Sendable {
        let byProduct: [SamplingSummary.Row]
        let byLab: [SamplingSummary.Row]
    }

    private let years: [Int: Year]

    init(_ rows: [SamplingRow]) {
        var products: [Int: [String: SamplingSummary.Counts]] = [:]
        var labs: [Int: [String: SamplingSummary.Counts]] = [:]
        // As SamplingSummary counts: supervisory samplings in force.
        for row in rows where !row.sampling.commissioned && !row.sampling.isVoided {
            let s = row.sampling
            let year = s.sampledOn.year
            products[year, default: [:]][s.productId, default: .init()].add(s.conclusion, overdue: row.status.isOverdue)
            labs[year, default: [:]][s.lab, default: .init()].add(s.conclusion, overdue: row.status.isOverdue)
        }
        func sorted(_ table: [String: SamplingSummary.Counts]?) -> [SamplingSummary.Row] {
            (table ?? [:]).sorted { $0.key < $1.key }.map { SamplingSummary.Row(key: $0.key, counts: $0.value) }
        }
        years = Dictionary(
            uniqueKeysWithValues: Set(products.keys).map { ($0, Year(byProduct: sorted(products[$0]), byLab: sorted(labs[$0]))) })
    }

    subscript(year: Int) -> Year { years[year] ?? Year(byProduct: [], byLab: []) }
}
