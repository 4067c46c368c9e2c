/// How large a generated store is: products, the years of records up to today's, and the provinces they are in.
public struct GeneratorSize: Hashable, Sendable {
    public var products: Int
    public var years: Int
    public var provinces: Int

    public init(products: Int, years: Int, provinces: Int) {
        self.products = max(1, products)
        self.years = max(1, years)
        self.provinces = max(1, provinces)
    }

    /// NMPA's view of the whole pilot (issue 15): 2,000 products in 31 provinces over 5 years.
    public static let national = GeneratorSize(products: 2000, years: 5, provinces: 31)
}
