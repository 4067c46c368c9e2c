public enum Coverage {
    /// The day scope and resident staff are judged on: Dec 31 of the year, or `asOf` if earlier.
    public static func referenceDay(year: Int, asOf: CivilDate) -> CivilDate { min(CivilDate.lastOfYear(year), asOf) }

    /// Products whose stage was in-production or later on the reference day.
    public static func isInScope(_ product: PilotProduct, year: Int, asOf: CivilDate) -> Bool {
        product.isInProduction(on: referenceDay(year: year, asOf: asOf))
    }

    public static func product(_ product: PilotProduct, year: Int, asOf: CivilDate, index: PilotIndex) -> ProductCoverage {
        let day = referenceDay(year: year, asOf: asOf)
        var full = false
        var planned = false
        var inspectedSites = Set<String>()
        for inspection in index.inspections(of: product.id) {
            switch inspection.status {
            case .completed where inspection.end.year == year:
                inspectedSites.formUnion(inspection.siteIds)
                if inspection.type == .fullGMP { full = true }
            case .planned, .inProgress:
                if inspection.type == .fullGMP && (inspection.start.year == year || inspection.end.year == year) { planned = true }
            default:
                break
            }
        }
        let sampled = index.samplings(of: product.id).contains { $0.sampledOn.year == year && $0.sampledOn <= asOf }
        let siteIds = product.siteIds
        let uninspected = siteIds.filter { !inspectedSites.contains($0) }
        let staffOK = index.contractSites(of: product).allSatisfy { site in
            index.staff(of: product.id).filter { $0.siteId == site.id && $0.isStationed(on: day) }.count >= 2
        }
        return ProductCoverage(
            productId: product.id, name: product.name, nameEn: product.nameEn,
            province: index.leadProvince(of: product) ?? "", provinces: index.provinces(of: product),
            fullSystemInspection: full, plannedFullSystemInspection: planned, sampling: sampled,
            sitesInspected: siteIds.count - uninspected.count, sitesTotal: siteIds.count,
            uninspectedSiteIds: uninspected, residentStaffOK: staffOK)
    }

    public static func report(year: Int, asOf: CivilDate, index: PilotIndex) -> CoverageReport {
        let products = index.data.products
            .filter { isInScope($0, year: year, asOf: asOf) }
            .map { product($0, year: year, asOf: asOf, index: index) }
        var covered: [String: Int] = [:]
        var total: [String: Int] = [:]
        for p in products {
            for code in p.provinces {
                total[code, default: 0] += 1
                if p.covered { covered[code, default: 0] += 1 }
            }
        }
        let provinces = total.keys.sorted().map { ProvinceCoverage(code: $0, covered: covered[$0] ?? 0, total: total[$0]!) }
        return CoverageReport(year: year, asOf: asOf, products: products, provinces: provinces)
    }
}
