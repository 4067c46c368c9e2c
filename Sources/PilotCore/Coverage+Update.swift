extension Coverage {
    /// The report of `previous`'s year and day over `index`, with only the products named worked out again (the
    /// rest are taken from `previous`): equal to `report(year:asOf:index:)` when nothing else changed what they read.
    public static func report(updating previous: CoverageReport, products changed: Set<String>, index: PilotIndex) -> CoverageReport {
        let (year, asOf) = (previous.year, previous.asOf)
        let kept = Dictionary(previous.products.map { ($0.productId, $0) }, uniquingKeysWith: { a, _ in a })
        let inScope = index.data.products.records.filter { isInScope($0, year: year, asOf: asOf) }
        let products = inScope.map { p in
            changed.contains(p.id)
                ? product(p, year: year, asOf: asOf, index: index) : kept[p.id] ?? product(p, year: year, asOf: asOf, index: index)
        }
        return report(year: year, asOf: asOf, products: products, index: index)
    }
}
