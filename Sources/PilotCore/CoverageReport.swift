public struct CoverageReport: Hashable, Sendable {
    public let year: Int
    public let asOf: CivilDate
    public internal(set) var products: [ProductCoverage]
    public internal(set) var provinces: [ProvinceCoverage]
    /// Products of the store not in production on the reference day, listed apart.
    public internal(set) var notInProduction: [NotCounted]

    public var covered: Int { products.filter(\.covered).count }
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
