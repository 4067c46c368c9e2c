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

extension Coverage {
    /// `report(updating:)` in place, for the dashboard's edits. An edit rarely changes which products count (scope
    /// reads a product's own stage dates): then each changed product's row is replaced where it is and the province
    /// totals summed again, without the pass over every product that decides scope and rebuilds the rows (2,000
    /// products: ~4 ms of an own save). A product that came, went, entered or left the count takes that pass.
    /// Returns the positions of the product rows replaced in place, for views that patch what they show; nil when
    /// the report was rebuilt or a product not counted changed.
    @discardableResult
    public static func update(_ report: inout CoverageReport, products changed: Set<String>, index: PilotIndex) -> [Int]? {
        let (year, asOf) = (report.year, report.asOf)
        let day = referenceDay(year: year, asOf: asOf)
        var rows: [(at: Int, row: ProductCoverage)] = []
        var apart: [(at: Int, row: NotCounted)] = []
        for id in changed {
            let now = index.data.products[id: id]
            let counted = report.products.firstIndex { $0.productId == id }
            let notCounted = report.notInProduction.firstIndex { $0.productId == id }
            let inScope = now.map { isInScope($0, year: year, asOf: asOf) }
            switch (now, inScope, counted, notCounted) {
            case (nil, nil, nil, nil): continue // a record naming a product the store does not have
            case (let p?, true, let at?, _): rows.append((at, product(p, year: year, asOf: asOf, index: index)))
            case (let p?, false, _, let at?): apart.append((at, Self.notCounted(p, day: day, index: index)))
            default:
                report = self.report(updating: report, products: changed, index: index)
                return nil
            }
        }
        let replaced = rows.map { report.products[$0.at] }
        for (at, row) in rows { report.products[at] = row }
        for (at, row) in apart { report.notInProduction[at] = row }
        if !rows.isEmpty {
            report.provinces =
                provinces(report.provinces, replacing: replaced, with: rows.map(\.row)) ?? provinces(report.products)
        }
        return apart.isEmpty ? rows.map(\.at) : nil
    }

    /// The province totals with the shares of `old` rows taken out and those of `new` rows put in: an edit of one
    /// product summed every product's shares again (5,000 products: a tenth of an own save). Nil when a province
    /// would come or go (its list changes shape; then all are summed).
    static func provinces(_ totals: [ProvinceCoverage], replacing old: [ProductCoverage], with new: [ProductCoverage])
        -> [ProvinceCoverage]?
    {
        var change: [String: (covered: Int, total: Int)] = [:]
        for (rows, sign) in [(old, -1), (new, 1)] {
            for share in rows.lazy.flatMap(\.byProvince) {
                change[share.code, default: (0, 0)].total += sign
                if share.covered { change[share.code, default: (0, 0)].covered += sign }
            }
        }
        var out = totals
        for (code, delta) in change where delta != (0, 0) {
            guard let at = out.firstIndex(where: { $0.code == code }) else { return nil }
            let total = out[at].total + delta.total
            guard total > 0 else { return nil }
            out[at] = ProvinceCoverage(code: code, covered: out[at].covered + delta.covered, total: total)
        }
        return out
    }
}
