public enum Coverage {
    /// The day scope and resident staff are judged on: Dec 31 of the year, or `asOf` if earlier.
    public static func referenceDay(year: Int, asOf: CivilDate) -> CivilDate { min(CivilDate.lastOfYear(year), asOf) }

    /// Products whose stage was in-production or later on the reference day.
    public static func isInScope(_ product: PilotProduct, year: Int, asOf: CivilDate) -> Bool {
        product.isInProduction(on: referenceDay(year: year, asOf: asOf))
    }

    /// The holder has no production site of its own (a B-class holder): its quality system is one more place to
    /// inspect.
    public static func holderInspectionRequired(_ product: PilotProduct, index: PilotIndex) -> Bool {
        !index.enterprisesWithSites.contains(product.holderId)
    }

    public static func product(_ product: PilotProduct, year: Int, asOf: CivilDate, index: PilotIndex) -> ProductCoverage {
        let day = referenceDay(year: year, asOf: asOf)
        var full = 0
        var planned = 0
        var other = 0
        var holderInspected = false
        // A product has a few sites and its teams come from a few provinces: these short lists are looked back
        // through, not hashed into sets (the rules ask this for two years of every product).
        var inspectedSites: [String] = []
        var teamProvinces: [String] = []
        index.inspections(of: product.id).forEachInPlace { inspection in
            switch inspection.status {
            case .completed where inspection.end.year == year:
                for id in inspection.siteIds where !inspectedSites.contains(id) { inspectedSites.append(id) }
                if inspection.type == .fullGMP { full += 1 } else { other += 1 }
                if inspection.holderQualitySystem == true { holderInspected = true }
                for member in inspection.team {
                    if let code = index.provinceCode(ofInspector: member), !teamProvinces.contains(code) { teamProvinces.append(code) }
                }
            case .planned, .inProgress:
                if inspection.type == .fullGMP && (inspection.start.year == year || inspection.end.year == year) { planned += 1 }
            default:
                break
            }
        }
        func inYear(_ s: borrowing Lent<Sampling>) -> Bool { s.sampledOn.year == year && s.sampledOn <= asOf }
        // One pass over the product's samplings, read in place: copying the year's samplings (records of a dozen
        // strings each) was most of this function at national scale. By segment in `Segment.allCases` order.
        let segments = Segment.allCases
        var marks = segments.map { _ in SamplingMark.none }
        var bySegment = segments.map { _ in 0 }
        index.samplings(of: product.id).forEachInPlace { s in
            guard inYear(s), let k = segments.firstIndex(of: s.segment) else { return }
            marks[k] = max(marks[k], SamplingMark.of(conclusion: s.conclusion, retest: s.retest))
            bySegment[k] += 1
        }
        func mark(_ segment: Segment) -> SamplingMark { marks[segments.firstIndex(of: segment) ?? 0] }
        let sites = index.sites(of: product)
        let siteIds = product.siteIds
        let uninspected = siteIds.filter { !inspectedSites.contains($0) }
        let plan = SupervisionPlan.required(for: product, in: year)
        let staff = index.staff(of: product.id)
        let fewestStaff = index.contractSites(of: product).map { site in
            staff.indices.count { staff[$0].siteId == site.id && staff[$0].isStationed(on: day) }
        }.min()
        let lead = index.leadProvince(of: product) ?? ""
        let required = holderInspectionRequired(product, index: index)
        let productLevel =
            full >= plan.fullSystemInspections && mark(.drugProduct).sampled
            && (!plan.drugSubstanceSampling || mark(.drugSubstance).sampled) && uninspected.isEmpty && (!required || holderInspected)
        let byProvince = index.provinces(of: product).map { code -> ProvinceShare in
            let own = sites.filter { $0.provinceCode == code }
            let inspected = own.count { inspectedSites.contains($0.id) }
            // The segments made at the province's sites, each counted once.
            let samplings = segments.indices.reduce(0) { total, k in
                let made = product.segments.contains { made in
                    made.segment == segments[k] && own.contains { $0.id == made.siteId }
                }
                return total + (made ? bySegment[k] : 0)
            }
            let holder = code == lead
            return ProvinceShare(
                code: code, isHolderProvince: holder, sitesInspected: inspected, sitesTotal: own.count,
                samplings: samplings, inspectorOnTeam: teamProvinces.contains(code),
                covered: holder ? productLevel : inspected == own.count)
        }
        let since = product.date(of: .inProduction)
        let commissioned = index.commissionedTests(of: product.id)
        return ProductCoverage(
            productId: product.id, name: product.name, nameEn: product.nameEn, province: lead, provinces: index.provinces(of: product),
            fullSystemInspection: full > 0, plannedFullSystemInspection: planned > 0, plan: plan, fullSystemInspections: full,
            plannedFullSystemInspections: planned, otherInspections: other, drugProductSampling: mark(.drugProduct),
            drugSubstanceSampling: mark(.drugSubstance),
            commissionedSamplings: commissioned.indices.count {
                commissioned[$0].sampledOn.year == year && commissioned[$0].sampledOn <= asOf
            },
            sitesInspected: siteIds.count - uninspected.count, sitesTotal: siteIds.count, uninspectedSiteIds: uninspected,
            holderInspectionRequired: required, holderInspected: holderInspected,
            residentStaffOK: (fewestStaff ?? plan.residentStaff) >= plan.residentStaff, fewestResidentStaff: fewestStaff,
            inProductionSince: since.flatMap { $0.year == day.year ? $0 : nil }, byProvince: byProvince)
    }

    public static func report(year: Int, asOf: CivilDate, index: PilotIndex) -> CoverageReport {
        let inScope = index.data.products.records.filter { isInScope($0, year: year, asOf: asOf) }
        // Each row depends on its product and the index alone: the products are shared among the cores.
        let rows = ParallelRuns.map(inScope.count) { run in run.map { product(inScope[$0], year: year, asOf: asOf, index: index) } }
        return report(year: year, asOf: asOf, products: Array(rows.joined()), index: index)
    }

    /// The report around the in-scope products' rows: the provinces' totals and the products not counted.
    static func report(year: Int, asOf: CivilDate, products: [ProductCoverage], index: PilotIndex) -> CoverageReport {
        let day = referenceDay(year: year, asOf: asOf)
        let outOfScope = index.data.products.records.filter { !isInScope($0, year: year, asOf: asOf) }
        let notInProduction = outOfScope.sorted { $0.id < $1.id }.map { notCounted($0, day: day, index: index) }
        return CoverageReport(
            year: year, asOf: asOf, products: products, provinces: provinces(products), notInProduction: notInProduction)
    }

    /// Each province's covered and total shares over the in-scope products' rows, by province code.
    static func provinces(_ products: [ProductCoverage]) -> [ProvinceCoverage] {
        var covered: [String: Int] = [:]
        var total: [String: Int] = [:]
        for p in products {
            for share in p.byProvince {
                total[share.code, default: 0] += 1
                if share.covered { covered[share.code, default: 0] += 1 }
            }
        }
        return total.sorted { $0.key < $1.key }.map { ProvinceCoverage(code: $0.key, covered: covered[$0.key] ?? 0, total: $0.value) }
    }

    /// A product not in production on the reference day `day`, listed apart.
    static func notCounted(_ p: PilotProduct, day: CivilDate, index: PilotIndex) -> NotCounted {
        NotCounted(
            productId: p.id, name: p.name, nameEn: p.nameEn, provinces: index.provinces(of: p), stage: p.stage,
            inProductionOn: p.date(of: .inProduction).flatMap { $0 > day ? $0 : nil })
    }
}
