import Foundation
import Testing

@testable import PilotCore

/// Issue 12 items 14 and 18: basis apart from type (R1), the joint plan per partner province (R6), the three
/// documents apart (R9), and the province's summary built on each enterprise's assessment (R11).
@Suite struct ProductFactsTests {
    typealias F = Fixture

    func only(_ rule: Rule, in data: PilotData, today: CivilDate = Fixture.today) -> [Finding] {
        F.findings(data, today: today).filter { $0.rule == rule.id }
    }

    @Test func basisDecidesScopeWhateverTheType() {
        var data = F.compliant()
        for basis in [ProductBasis.innovative, .clinicallyUrgent, .nmpaDesignated] {
            // An "other biologic" with a basis is in scope, NMPA-designated ones included.
            F.product(&data) {
                $0.basis = basis
                $0.type = .other
            }
            #expect(only(.scope, in: data).isEmpty)
        }
        F.product(&data) { $0.basis = nil }
        #expect(only(.scope, in: data).map(\.severity) == [.warning])
        F.product(&data) { $0.basis = ProductBasis.none }
        let out = only(.scope, in: data)
        #expect(out.map(\.severity) == [.error] && out[0].message.zh.contains("不在试点范围"))
        #expect(RecordChecks.product(data.products[id: "P"]!, data).contains { $0.field == .basis })
    }

    /// A three-province product: Jiangsu recorded, Zhejiang missing, named by name.
    @Test func jointPlanNamesEachMissingPartnerProvince() {
        var data = F.compliant()
        try! data.sites.insert(
            Site(id: "SZ", enterpriseId: "C", address: "杭州某路3号", provinceCode: "330000", drugSubstance: false, drugProduct: true))
        F.product(&data) { $0.segments.append(SegmentSite(.drugProduct, siteId: "SZ")) }
        let out = only(.jointPlan, in: data)
        #expect(out.count == 1 && out[0].severity == .warning)
        #expect(out[0].message.zh.contains("浙江省") && !out[0].message.zh.contains("江苏省"))
        F.product(&data) { $0.jointPlanDates["330000"] = F.d("2025-01-20") }
        #expect(only(.jointPlan, in: data).isEmpty)
        // Agreed after the holder's government approved the plan (2025-02-01): questioned.
        F.product(&data) { $0.jointPlanDates["330000"] = F.d("2025-02-10") }
        let late = only(.jointPlan, in: data)
        #expect(late.map(\.severity) == [.warning] && late[0].message.zh.contains("浙江省") && late[0].message.zh.contains("晚于"))
        // Not yet at the provincial plan: nothing to record yet.
        F.product(&data) { p in
            p.jointPlanDates = [:]
            p.steps = p.steps.filter { $0.stage < .provincialPlan }
        }
        #expect(only(.jointPlan, in: data).isEmpty)
    }

    @Test func anOlderYesIsInfoAndAnOlderNoAnError() {
        var data = F.compliant()
        F.product(&data) {
            $0.jointPlanDates = [:]
            $0.legacyJointPlan = true
        }
        let info = only(.jointPlan, in: data)
        #expect(info.map(\.severity) == [.info] && info[0].message.en.contains("older record"))
        F.product(&data) { $0.legacyJointPlan = false }
        #expect(only(.jointPlan, in: data).map(\.severity) == [.error])
        // A date for a province that is not a partner is questioned where the record is edited.
        F.product(&data) { $0.jointPlanDates["440000"] = F.d("2025-01-20") }
        #expect(RecordChecks.product(data.products[id: "P"]!, data).contains { $0.field == .jointPlan })
    }

    @Test func eachDocumentIsCheckedFromItsOwnStepAndNamed() {
        var data = F.compliant()
        F.product(&data) {
            $0.certificateNamesBothAddresses = false
            $0.proceduresNameBothAddresses = nil
        }
        let out = only(.documentAddresses, in: data)
        #expect(out.count == 2)
        #expect(out.contains { $0.severity == .error && $0.message.zh.contains("《药品注册证书》") })
        #expect(out.contains { $0.severity == .warning && $0.message.zh.contains("《制造及检定规程》") })
        // At the licence step only the licence is looked at.
        F.product(&data) { p in p.steps = p.steps.filter { $0.stage <= .licence } }
        #expect(only(.documentAddresses, in: data).isEmpty)
        F.product(&data) { $0.licenceNamesBothAddresses = nil }
        #expect(only(.documentAddresses, in: data).map { $0.message.zh.contains("《药品生产许可证》") } == [true])
    }

    /// Fourteen products, one finding for the province, listing those without an enterprise assessment.
    @Test func oneSummaryFindingForFourteenProducts() throws {
        var data = F.compliant()
        let p = data.products[id: "P"]!
        for n in 1..<14 {
            var copy = p
            copy.id = "P\(n)"
            if n <= 3 { copy.steps.append(StageStep(stage: .enterpriseAssessment, date: F.d("2026-11-20"))) }
            try! data.products.insert(copy)
        }
        let today = F.d("2026-11-26")
        let out = only(.pilotEnd, in: data, today: today)
        #expect(out.count == 1 && out[0].severity == .warning && out[0].productId == nil)
        #expect(out[0].message.zh.contains("11 个品种未登记企业评估") && !out[0].message.zh.contains("P1、"))
        #expect(out[0].message.zh.contains("省局试点工作总结未登记"))
        // Outside the last 60 days: nothing yet.
        #expect(only(.pilotEnd, in: data, today: F.d("2026-10-31")).isEmpty)
        // After the end, an error; the summary recorded is said.
        try! data.settings.insert(Setting(id: ProvinceSummary.settingKey, value: "2026-12-20 沪药监函〔2026〕88号"))
        let after = only(.pilotEnd, in: data, today: F.d("2027-01-04"))
        #expect(after.map(\.severity) == [.error] && after[0].message.zh.contains("沪药监函〔2026〕88号"))
        // Hundreds of products: the first twenty named, and the count.
        let big = DemoData.make(today: today, products: 300, reference: bundledReference)
        let many = try #require(PilotSummaryRule.finding(big, today: today))
        #expect(many.message.zh.contains("个品种未登记企业评估") && many.message.zh.contains(" 等）"))
        #expect(many.message.zh.split(separator: "、").count == 20)
    }

    @Test func theSummarySettingNeedsADateAndANumber() {
        #expect(RecordChecks.setting(Setting(id: ProvinceSummary.settingKey, value: "2026-12-20 沪药监函〔2026〕88号")).isEmpty)
        #expect(!RecordChecks.setting(Setting(id: ProvinceSummary.settingKey, value: "2026-12-20")).isEmpty)
        #expect(!RecordChecks.setting(Setting(id: ProvinceSummary.settingKey, value: "沪药监函〔2026〕88号")).isEmpty)
    }

    /// A product as an older store wrote it: category, one joint-plan yes/no, one documents answer, a summary step.
    @Test func olderStoresAreReadAndWrittenWithTheNewKeys() throws {
        func old(_ category: String, jointPlan: Bool = true, documents: Bool = false, through last: String = "summary") throws
            -> PilotProduct
        {
            let stages = [
                "application", "provincial-selection", "provincial-plan", "government-approval", "nmpa-submission", "nmpa-confirmation",
                "licence", "marketing-authorisation", "in-production", "summary",
            ]
            let steps = stages.prefix(through: stages.firstIndex(of: last)!).enumerated().map { i, s in
                "{\"stage\": \"\(s)\", \"date\": \"2025-0\(i / 3 + 1)-1\(i % 3)\"}"
            }
            let json = """
                {"id": "P01", "name": "旧品种", "category": "\(category)", "holderId": "E01",
                 "segments": [{"segment": "drug-substance", "siteId": "S01"}], "steps": [\(steps.joined(separator: ", "))],
                 "jointPlan": \(jointPlan), "documentsNameBothAddresses": \(documents)}
                """
            return try JSONDecoder().decode(PilotProduct.self, from: Data(json.utf8))
        }
        let urgent = try old("clinically-urgent")
        #expect(urgent.basis == .clinicallyUrgent && urgent.type == .other && !urgent.isVaccine)
        let innovative = try old("other-innovative")
        #expect(innovative.basis == .innovative && innovative.type == .other)
        let vaccine = try old("multivalent-vaccine")
        #expect(vaccine.basis == nil && vaccine.type == .multivalentVaccine && vaccine.isVaccine)
        #expect(try old("other").basis == ProductBasis.none)
        // The summary step is the enterprise's assessment; the documents' no answers for the licence and, past
        // marketing authorisation, the certificate; the procedures were never asked about.
        #expect(urgent.date(of: .enterpriseAssessment) != nil && urgent.stage == .enterpriseAssessment)
        #expect(urgent.licenceNamesBothAddresses == false && urgent.certificateNamesBothAddresses == false)
        #expect(urgent.proceduresNameBothAddresses == nil)
        let licensedOnly = try old("antibody", documents: true, through: "licence")
        #expect(licensedOnly.licenceNamesBothAddresses == true && licensedOnly.certificateNamesBothAddresses == nil)
        // The joint plan's yes cannot say which provinces: no dates are made up.
        #expect(urgent.legacyJointPlan == true && urgent.jointPlanDates.isEmpty)
        let written = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(urgent)) as? [String: Any])
        #expect(written["category"] == nil && written["documentsNameBothAddresses"] == nil)
        #expect(written["basis"] as? String == "clinically-urgent" && written["type"] as? String == "other")
        let steps = try #require(written["steps"] as? [[String: Any]])
        #expect(steps.last?["stage"] as? String == "enterprise-assessment")
        // Read back, it means the same.
        #expect(try JSONDecoder().decode(PilotProduct.self, from: JSONEncoder().encode(urgent)) == urgent)
    }
}
