public struct CoverageReport: Hashable, Sendable {
    public let year: Int
    public let asOf: CivilDate
    public internal(set) var products: [ProductCoverage]
    public internal(set) var provinces: [ProvinceCoverage]
    /// Products of the store not in production on the reference day, listed apart.
    public internal(set) var notInProduction: [NotCounted]

    /// Counted in place: a filtered copy retained every row's strings, each frame of the coverage pane (5,000 rows).
    public var covered: Int { products.count(where: \.covered) }
    public var total: Int { products.count }
    /// Enterprise-commissioned tests in the year across in-scope products, never part of coverage.
    public var commissionedSamplings: Int { products.map(\.commissionedSamplings).reduce(0, +) }
}

extension CoverageReport {
    /// In-scope products short of their own supervision plan (一品一策) in the year, with what is short.
    public var shortOfPlan: [(product: ProductCoverage, shortfalls: [PlanShortfall])] {
        products.compactMap { p in
            let short = p.planShortfalls
            return short.isEmpty ? nil : (p, short)
        }
    }
}
