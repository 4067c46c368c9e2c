import Foundation
import Testing

@testable import PilotCore

/// Issue 12, rules 12, 13, 15–17 and 19: the seed's rules read faithfully.
@Suite struct SeedRulesTests {
    typealias F = Fixture

    func only(_ rule: Rule, in data: PilotData, today: CivilDate = Fixture.today) -> [Finding] {
        F.findings(data, today: today).filter { $0.rule == rule.id }
    }

    func withCMOSince(_ since: String, _ data: inout PilotData) {
        var e = data.enterprises[id: "C"]!
        e.biologicsSince = F.d(since)
        data.enterprises.upsert(e)
    }

    // Item 12: production needs the licence AND the marketing authorisation; marketing needs NMPA's confirmation.
    @Test func productionWithoutALicenceIsAnError() {
        var data = F.compliant()
        F.product(&data) { p in p.steps.removeAll { $0.stage == .licence } }
        let f = only(.approvalOrder, in: data)
        #expect(f.count == 1 && f[0].severity == .error && f[0].section == "三(一)、三(二)")
        #expect(f[0].message.en.contains("\"in production\" recorded without \"licence issued or changed\""))
    }

    @Test func productionWithoutMarketingAuthorisationIsAnError() {
        var data = F.compliant()
        F.product(&data) { p in p.steps.removeAll { $0.stage == .marketingAuthorisation } }
        let f = only(.approvalOrder, in: data)
        #expect(f.map(\.severity) == [.error])
        #expect(f[0].message.en.contains("without \"marketing authorisation or variation\""))
    }

    @Test func marketingAuthorisationNeedsNMPAConfirmationFirst() {
        var data = F.compliant()
        F.product(&data) { p in
            let i = p.steps.firstIndex { $0.stage == .marketingAuthorisation }!
            p.steps[i].date = F.d("2025-03-01") // before NMPA's confirmation on 2025-03-20
            p.steps.removeAll { $0.stage == .licence }
            p.steps.removeAll { $0.stage == .inProduction }
        }
        let f = only(.approvalOrder, in: data)
        #expect(
            f.contains { $0.severity == .error && $0.message.en.contains("\"marketing authorisation or variation\" (2025-03-01) precedes") }
        )
    }

    // Item 13: 2.5 years at the selection date, 4 years today: an error.
    @Test func contractExperienceIsJudgedAtTheSelectionDate() {
        var data = F.compliant()
        F.product(&data) { p in
            p.steps = p.steps.map { s in
                var s = s
                if s.stage == .provincialSelection { s.date = F.d("2024-12-01") }
                return s
            }
        }
        withCMOSince("2022-06-01", &data) // 2 y 6 m at 2024-12-01, 4 y on 2026-06-15
        let f = only(.contractExperience, in: data)
        #expect(f.count == 1 && f[0].severity == .error)
        #expect(f[0].message.en.contains("2 y 6 m at provincial selection (2024-12-01)"))
        // Without a selection date, NMPA's confirmation (2025-03-20): 2 y 9 m, still short.
        F.product(&data) { p in p.steps.removeAll { $0.stage == .provincialSelection } }
        #expect(only(.contractExperience, in: data).first?.message.en.contains("2 y 9 m at NMPA confirmation") == true)
        // With neither, today: four years, enough.
        F.product(&data) { p in p.steps.removeAll { $0.stage == .nmpaConfirmation } }
        #expect(only(.contractExperience, in: data).isEmpty)
    }

    // Item 15: a vaccine is the product's property.
    @Test func vaccineIsAPropertyOfTheProduct() {
        var data = F.compliant()
        #expect(only(.vaccines, in: data).isEmpty)
        F.product(&data) { $0.isVaccine = true } // an antibody-category product that is a vaccine
        #expect(only(.vaccines, in: data).map(\.severity) == [.warning])
        F.product(&data) {
            $0.isVaccine = false
            $0.type = .multivalentVaccine
        }
        #expect(only(.vaccines, in: data).isEmpty)
    }

    @Test func oldStoresDeriveVaccineFromTheCategoryOnce() throws {
        let product = F.compliant().products[id: "P"]!
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(product)) as? [String: Any])
        #expect(object["isVaccine"] as? Bool == false)
        object.removeValue(forKey: "isVaccine")
        object.removeValue(forKey: "type")
        object["category"] = "multivalent-vaccine"
        let old = try JSONDecoder().decode(PilotProduct.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.isVaccine)
        object["category"] = "antibody"
        #expect(try !JSONDecoder().decode(PilotProduct.self, from: JSONSerialization.data(withJSONObject: object)).isVaccine)
        // Once stored, the field wins over the category.
        object["category"] = "multivalent-vaccine"
        object["isVaccine"] = false
        #expect(try !JSONDecoder().decode(PilotProduct.self, from: JSONSerialization.data(withJSONObject: object)).isVaccine)
    }

    // Item 16: an approved conflict of interest stays visible, as a warning naming the lead.
    @Test func approvedConflictOfInterestIsAWarningWithTheLead() {
        var data = F.compliant()
        var i = data.inspections[id: "I26"]!
        i.team = ["K1", "K2"]
        i.conflictApprovedBy = "王处长"
        data.inspections.upsert(i)
        // An approver without a reason is not an approval.
        #expect(only(.conflictOfInterest, in: data).map(\.severity) == [.error])
        i.reason = "唯一具备ADC检查经验的检查员"
        data.inspections.upsert(i)
        let f = only(.conflictOfInterest, in: data)
        #expect(f.map(\.severity) == [.warning] && f[0].message.zh.contains("经 王处长 批准") && f[0].section == "六(三)")
    }

    // Item 17: at least two inspectors; a partner province's site needs its inspector or a joint inspection.
    @Test func teamOfTwoWithThePartnerProvince() {
        var data = F.compliant()
        #expect(only(.inspectionTeam, in: data).isEmpty)
        var i = data.inspections[id: "I26"]!
        i.team = ["K1"]
        data.inspections.upsert(i)
        let f = only(.inspectionTeam, in: data)
        // One inspector, and nobody of Jiangsu for the Suzhou site.
        #expect(f.count == 2 && f.allSatisfy { $0.severity == .warning })
        #expect(f.contains { $0.message.en.contains("1 inspector(s)") })
        #expect(f.contains { $0.message.en.contains("a site in Jiangsu") })
        i.joint = true
        i.partnerProvinceCode = "320000"
        data.inspections.upsert(i)
        #expect(only(.inspectionTeam, in: data).map { $0.message.en.contains("1 inspector(s)") } == [true])
    }

    // Item 19: the segmented premise.
    @Test func oneSiteForBothSegmentsIsNotSegmented() {
        var data = F.compliant()
        #expect(only(.segmented, in: data).isEmpty)
        var site = data.sites[id: "SH"]!
        site.drugProduct = true
        data.sites.upsert(site)
        F.product(&data) { $0.segments = [SegmentSite(.drugSubstance, siteId: "SH"), SegmentSite(.drugProduct, siteId: "SH")] }
        let f = only(.segmented, in: data)
        #expect(f.count == 1 && f[0].severity == .info && f[0].section == "二(二)" && f[0].record == .init(.site, "SH"))
    }

    /// A three-province product: holder in Shanghai, drug substance in Jiangsu, drug product in Zhejiang.
    func threeProvinces() -> PilotData {
        var data = F.compliant()
        _ = data.inspections.remove(id: "I26")
        try! data.enterprises.insert(
            Enterprise(
                id: "Z", name: "浙江受托方", creditCode: "91350100M000100Y43", provinceCode: "330000",
                licence: ManufacturingLicence(number: "浙20100001", classes: [.c], productTypes: "s"), biologicsSince: F.d("2010-01-01")))
        try! data.sites.insert(
            Site(id: "SC2", enterpriseId: "C", address: "苏州某路3号", provinceCode: "320000", drugSubstance: true, drugProduct: false))
        try! data.sites.insert(
            Site(id: "SZ", enterpriseId: "Z", address: "杭州某路4号", provinceCode: "330000", drugSubstance: false, drugProduct: true))
        F.product(&data) { $0.segments = [SegmentSite(.drugSubstance, siteId: "SC2"), SegmentSite(.drugProduct, siteId: "SZ")] }
        try! data.inspectors.insert(Inspector(id: "K4", name: "检查员四", unit: "中心", provinceCode: "310000"))
        try! data.inspectors.insert(Inspector(id: "K5", name: "检查员五", unit: "中心", provinceCode: "330000"))
        return data
    }

    @Test func threeProvincePrefilledTeamHasEveryProvince() throws {
        let data = threeProvinces()
        let index = PilotIndex(data)
        let plan = try #require(
            SchedulingSuggestion.plan(
                on: F.d("2026-09-07"), today: F.today, index: index, calendar: bundledReference.calendar, product: data.products[id: "P"]))
        // K1 (Shanghai), K3 (Jiangsu; K2 has a conflict), K5 (Zhejiang): not just the first two free.
        #expect(plan.team == ["K1", "K3", "K5"])
        let planned = Planner.plan(index: index, year: 2026, today: F.d("2026-09-01"), calendar: bundledReference.calendar, maxPerWeek: 3)
        #expect(planned.proposals.first?.team == ["K1", "K3", "K5"])
    }

    @Test func plannerLeavesAThreeProvinceProductUnplacedWithoutAnInspectorOfEachProvince() {
        var data = threeProvinces()
        _ = data.inspectors.remove(id: "K5")
        let planned = Planner.plan(
            index: PilotIndex(data), year: 2026, today: F.d("2026-09-01"), calendar: bundledReference.calendar, maxPerWeek: 3)
        #expect(planned.proposals.isEmpty)
        #expect(planned.unplaced.first?.reason.en.contains("every partner province") == true)
    }

    @Test func twoInspectorsEvenForOneProvince() {
        let team = TeamChoice.choose(
            [
                Inspector(id: "A", name: "甲", unit: "u", provinceCode: "320000"),
                Inspector(id: "B", name: "乙", unit: "u", provinceCode: "310000"),
                Inspector(id: "C", name: "丙", unit: "u", provinceCode: "310000"),
            ], provinces: ["310000"])
        #expect(team.team.map(\.id) == ["B", "C"] && team.missing.isEmpty)
    }
}
