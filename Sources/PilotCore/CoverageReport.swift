public struct CoverageReport: Hashable, Sendable {
    public let year: Int
    public let asOf: CivilDate
    public let products: [ProductCoverage]
    public let provinces: [ProvinceCoverage]

    public var covered: Int { products.filter(\.covered).count }
    public var total: Int { products.count }
}
