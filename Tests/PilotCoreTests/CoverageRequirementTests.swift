import Testing

@testable import PilotCore

/// Issue 12, items 7–11: what counts toward coverage, and how it is split by province.
@Suite struct CoverageRequirementTests {
    typealias F = Fixture

    func report(_ data: PilotData, year: Int = 2026, asOf: CivilDate = Fixture.today) -> CoverageReport {
        Coverage.report(year: year, asOf: asOf, index: PilotIndex(data))
    }

    func sampling(_ data: inout PilotData, _ change: (inout Sampling) -> Void) {
        var s = data.samplings[id: "S26"]!
        change(&s)
        data.samplings.upsert(s)
    }

    @Test func commissionedTestingNeverCountsAndIsCountedApart() {
        var data = F.compliant()
        sampling(&data) { $0.commissioned = true }
        let r = report(data)
        let p = r.products[0]
        #expect(!p.sampling && p.drugProductSampling == .none && !p.covered)
        #expect(p.commissionedSamplings == 1 && r.commissionedSamplings == 1)
        #expect(F.findings(data).contains { $0.message.zh.contains("尚无制剂监督抽检（委托检验不计入）") })
    }

    @Test func aDrugSubstanceOnlyYearIsNotCovered() {
        var data = F.compliant()
        sampling(&data) { $0.segment = .drugSubstance }
        let p = report(data).products[0]
        #expect(p.drugSubstanceSampling == .issued && p.drugProductSampling == .none && !p.sampling && !p.covered)
        #expect(
            F.findings(data).contains {
                $0.message.en.contains("no supervisory drug-product sampling in 2026 (drug substance sampled only)")
            })
    }

    @Test func pendingCountsAsSampledButShowsApartAndAnUnresolvedFailShows() {
        var data = F.compliant()
        sampling(&data) { $0.conclusion = .pending }
        var p = report(data).products[0]
        #expect(p.drugProductSampling == .pending && p.sampling && p.covered)
        sampling(&data) { $0.conclusion = .fail }
        p = report(data).products[0]
        #expect(p.drugProductSampling == .failed && p.sampling)
        sampling(&data) { $0.retest = Retest(requestedOn: F.d("2026-05-01"), result: .pass) }
        #expect(report(data).products[0].drugProductSampling == .issued)
    }

    @Test func aBClassHolderWithoutASiteNeedsItsQualitySystemInspected() {
        var data = F.compliant()
        // The holder keeps class B only and hands its site to the contract manufacturer.
        var holder = data.enterprises[id: "H"]!
        holder.licence?.classes = [.b]
        data.enterprises.upsert(holder)
        var site = data.sites[id: "SH"]!
        site.enterpriseId = "C"
        data.sites.upsert(site)
        var p = report(data).products[0]
        #expect(p.holderInspectionRequired && !p.holderInspected && !p.covered)
        #expect(report(data).provinces.first { $0.code == "310000" }?.covered == 0)
        #expect(F.findings(data).contains { $0.message.zh.contains("尚未检查持有人质量管理体系") })
        var inspection = data.inspections[id: "I26"]!
        inspection.holderQualitySystem = true
        data.inspections.upsert(inspection)
        p = report(data).products[0]
        #expect(p.holderInspected && p.covered)
        // A holder with a site of its own needs no separate inspection.
        #expect(!report(F.compliant()).products[0].holderInspectionRequired)
    }

    @Test func aThreeProvinceProductIsCountedByEachProvinceOwnSites() {
        var data = F.compliant()
        try! data.sites.insert(
            Site(id: "SZ", enterpriseId: "C", address: "杭州某路3号", provinceCode: "330000", drugSubstance: false, drugProduct: true))
        try! data.inspectors.insert(Inspector(id: "K4", name: "检查员四", unit: "中心", provinceCode: "330000"))
        F.product(&data) { $0.segments.append(SegmentSite(.drugProduct, siteId: "SZ")) }
        var p = report(data).products[0]
        #expect(p.provinces == ["310000", "320000", "330000"] && p.sitesInspected == 2 && p.sitesTotal == 3 && !p.covered)
        let holder = p.share("310000")!
        let jiangsu = p.share("320000")!
        let zhejiang = p.share("330000")!
        // The holder's province carries the product-level requirement (here: the Zhejiang site is missing).
        #expect(holder.isHolderProvince && holder.sitesInspected == 1 && holder.sitesTotal == 1 && !holder.covered)
        // Jiangsu's own site and its drug-product sampling; one of its inspectors was on the team.
        #expect(!jiangsu.isHolderProvince && jiangsu.covered && jiangsu.samplings == 1 && jiangsu.inspectorOnTeam)
        #expect(!zhejiang.covered && zhejiang.sitesTotal == 1 && zhejiang.sitesInspected == 0 && !zhejiang.inspectorOnTeam)
        let r = report(data)
        #expect(r.provinces.map { [$0.covered, $0.total] } == [[0, 1], [1, 1], [0, 1]])
        // Zhejiang's site inspected by a team with a Zhejiang inspector: every share covered.
        try! data.inspections.insert(
            Inspection(
                id: "IZ", productId: "P", siteIds: ["SZ"], type: .routine, start: F.d("2026-04-06"), end: F.d("2026-04-07"),
                team: ["K1", "K4"], status: .completed))
        p = report(data).products[0]
        #expect(p.covered && p.byProvince.allSatisfy(\.covered) && p.share("330000")?.inspectorOnTeam == true)
    }

    @Test func productsNotInProductionAreListedApartAndALateEntryKeepsItsDate() {
        var data = F.compliant()
        F.product(&data) { p in p.steps = p.steps.filter { $0.stage != .inProduction } }
        var r = report(data)
        #expect(r.total == 0 && r.notInProduction.map(\.productId) == ["P"] && r.notInProduction[0].stage == .marketingAuthorisation)
        F.product(&data) { $0.steps.append(StageStep(stage: .inProduction, date: F.d("2026-11-02"))) }
        r = report(data, asOf: F.d("2026-06-15"))
        #expect(r.notInProduction.first?.inProductionOn == F.d("2026-11-02"))
        r = report(data, asOf: F.d("2026-11-20"))
        #expect(r.total == 1 && r.notInProduction.isEmpty && r.products[0].inProductionSince == F.d("2026-11-02"))
        #expect(report(F.compliant()).products[0].inProductionSince == nil)
    }

    @Test func thePlannerMarksTheHolderQualitySystemForABClassHolder() {
        var data = F.compliant()
        data.inspections.remove(id: "I26")
        var site = data.sites[id: "SH"]!
        site.enterpriseId = "C"
        data.sites.upsert(site)
        let result = Planner.plan(
            index: PilotIndex(data), year: 2026, today: F.d("2026-09-29"), calendar: bundledReference.calendar, maxPerWeek: 3)
        let proposal = result.proposals.first
        #expect(proposal?.holderQualitySystem == true)
        #expect(proposal.map { Planner.inspection($0, id: "X").holderQualitySystem } == true)
        // A holder with a site of its own: no flag.
        var own = F.compliant()
        own.inspections.remove(id: "I26")
        let plain = Planner.plan(
            index: PilotIndex(own), year: 2026, today: F.d("2026-09-29"), calendar: bundledReference.calendar, maxPerWeek: 3)
        #expect(plain.proposals.first.map { Planner.inspection($0, id: "X").holderQualitySystem } == .some(nil))
    }
}
