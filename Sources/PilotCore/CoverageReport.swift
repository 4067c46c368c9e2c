public struct CoverageReport: Hashable, Sendable {
    public let year: Int
    public let asOf: CivilDate
    public let products: [ProductCoverage]
    public let provinces: [ProvinceCoverage]
    /// Products of the store not in production on the reference day, listed apart.
    public let notInProduction: [NotCounted]

    public var covered: Int { products.filter(\.covered).count }
    public var total: Int { products.count }
    /// Enterprise-commissioned tests in the year across in-scope products, never part of coverage.
    public var commissionedSamplings: Int { products.map(\.commissionedSamplings).reduce(0, +) }
}
