import Foundation
import Testing

@testable import PilotCore

/// Issue 14 item 2: a product's own supervision plan (一品一策) raises what coverage, the planner and the rules ask
/// for, and never lowers it below the national minimum.
@Suite struct SupervisionPlanTests {
    typealias F = Fixture

    func coverage(_ data: PilotData, asOf: CivilDate = Fixture.today) -> ProductCoverage {
        Coverage.report(year: 2026, asOf: asOf, index: PilotIndex(data)).products[0]
    }

    func withPlan(_ plan: SupervisionPlan) -> PilotData {
        var data = F.compliant()
        F.product(&data) { $0.supervisionPlan = plan }
        return data
    }

    @Test func twoFullSystemInspectionsAskedOneDoneIsNotCoveredAndSaysSo() throws {
        let data = withPlan(SupervisionPlan(documentNo: "沪药监〔2025〕9号", fullSystemInspections: 2))
        let c = coverage(data)
        #expect(c.fullSystemInspection && c.fullSystemInspections == 1 && !c.fullSystemRequirementMet && !c.covered)
        let short = try #require(c.planShortfalls.first)
        #expect(short.item == .fullSystemInspections && short.required == 2 && short.done == 1)
        #expect(short.text.zh == "一品一策要求 2 次全体系检查，已完成 1 次")
        #expect(short.text.en == "its supervision plan asks for 2 full-system inspections; 1 done")
        #expect(F.findings(data).contains { $0.rule == Rule.annualCoverage.id && $0.message.zh.contains("2026 年一品一策要求 2 次全体系检查，已完成 1 次") })
        // The national minimum alone: covered, nothing short.
        #expect(coverage(F.compliant()).covered && coverage(F.compliant()).planShortfalls.isEmpty)
    }

    @Test func aSecondCompletedInspectionMeetsThePlan() throws {
        var data = withPlan(SupervisionPlan(fullSystemInspections: 2))
        var second = try #require(data.inspections[id: "I26"])
        second.id = "I26b"
        second.start = F.d("2026-05-11")
        second.end = F.d("2026-05-13")
        try data.inspections.insert(second)
        let c = coverage(data)
        #expect(c.fullSystemInspections == 2 && c.covered && c.planShortfalls.isEmpty)
    }

    @Test func aPlanAskingForLessThanTheMinimumStillGetsTheMinimum() {
        let plan = SupervisionPlan(fullSystemInspections: 0, otherInspections: -1, residentStaff: 1)
        let product = PilotProduct(id: "X", name: "X", type: .antibody, holderId: "H", segments: [])
        var own = product
        own.supervisionPlan = plan
        let required = SupervisionPlan.required(for: own)
        #expect(required.fullSystemInspections == 1 && required.otherInspections == 0 && required.residentStaff == 2)
        #expect(SupervisionPlan.required(for: product) == SupervisionPlan.nationalMinimum)
        // Coverage with such a plan: no full-system inspection is still uncovered, two staff still required.
        var data = withPlan(plan)
        data.inspections.remove(id: "I26")
        data.residentStaff.remove(id: "R2")
        let c = coverage(data)
        #expect(!c.covered && !c.residentStaffOK && c.plan.fullSystemInspections == 1)
        #expect(F.findings(data).contains { $0.rule == Rule.residentStaff.id && $0.message.zh.contains("应不少于 2 名") })
    }

    @Test func drugSubstanceSamplingAskedByThePlan() throws {
        let data = withPlan(SupervisionPlan(drugSubstanceSampling: true))
        let c = coverage(data)
        #expect(c.sampling && !c.drugSubstanceRequirementMet && !c.covered)
        #expect(c.planShortfalls.map(\.item) == [.drugSubstanceSampling])
        #expect(F.findings(data).contains { $0.message.en.contains("its supervision plan asks for a drug-substance sampling each year") })
        var sampled = data
        try sampled.samplings.insert(
            Sampling(
                id: "S26ds", productId: "P", segment: .drugSubstance, batch: "DS1", sampledOn: F.d("2026-05-01"), lab: "某所",
                conclusion: .pending))
        #expect(coverage(sampled).covered)
        // A commissioned drug-substance test does not meet it.
        var commissioned = data
        try commissioned.samplings.insert(
            Sampling(
                id: "S26c", productId: "P", segment: .drugSubstance, batch: "DS1", sampledOn: F.d("2026-05-01"), lab: "某所",
                conclusion: .pass, commissioned: true))
        #expect(!coverage(commissioned).covered)
    }

    @Test func residentStaffAndOtherInspectionsFromThePlan() {
        let data = withPlan(SupervisionPlan(otherInspections: 1, residentStaff: 3))
        let c = coverage(data)
        // Two stationed where the plan asks three; no routine inspection where it asks one. Neither is part of `covered`.
        #expect(!c.residentStaffOK && c.fewestResidentStaff == 2 && c.covered)
        #expect(c.planShortfalls.map(\.item) == [.otherInspections, .residentStaff])
        let findings = F.findings(data)
        #expect(findings.contains { $0.rule == Rule.residentStaff.id && $0.message.zh.contains("一品一策要求不少于 3 名") })
        #expect(findings.contains { $0.message.zh.contains("一品一策要求 1 次其他检查，已完成 0 次") })
        let report = Coverage.report(year: 2026, asOf: F.today, index: PilotIndex(data))
        #expect(report.shortOfPlan.map(\.product.productId) == ["P"])
    }

    @Test func thePlannerProposesAsManyAsThePlanAsksAndNoFewerThanOne() throws {
        func plan(_ data: PilotData) -> Planner.Result {
            Planner.plan(index: PilotIndex(data), year: 2026, today: F.d("2026-09-29"), calendar: bundledReference.calendar, maxPerWeek: 3)
        }
        // One done of two asked: one more proposed.
        let one = plan(withPlan(SupervisionPlan(fullSystemInspections: 2)))
        #expect(one.proposals.map(\.productId) == ["P"])
        // None done of two asked: two proposed, the second after the first ends.
        var none = withPlan(SupervisionPlan(fullSystemInspections: 2))
        none.inspections.remove(id: "I26")
        let two = plan(none)
        #expect(two.proposals.count == 2 && two.proposals[1].start > two.proposals[0].end)
        // A plan of zero is the minimum: one proposed when none is done.
        var zero = withPlan(SupervisionPlan(fullSystemInspections: 0))
        zero.inspections.remove(id: "I26")
        #expect(plan(zero).proposals.count == 1)
        // The minimum met and no plan: nothing proposed.
        #expect(plan(F.compliant()).proposals.isEmpty)
        // The plan's drug-substance sampling missing: listed with the samplings to arrange.
        #expect(plan(withPlan(SupervisionPlan(drugSubstanceSampling: true))).missingSamplings == ["P"])
    }

    @Test func aPlanApprovedLaterDoesNotReachBack() {
        let data = withPlan(SupervisionPlan(approvedOn: F.d("2026-02-01"), fullSystemInspections: 2))
        #expect(Coverage.report(year: 2025, asOf: F.today, index: PilotIndex(data)).products[0].covered)
        #expect(!coverage(data).covered)
        #expect(!F.findings(data).contains { $0.message.zh.contains("2025 年一品一策") })
    }

    @Test func anAbsentPlanAndAbsentFieldsDecodeAsTheMinimum() throws {
        let plan = try JSONDecoder().decode(SupervisionPlan.self, from: Data(#"{"documentNo":"X"}"#.utf8))
        #expect(plan.fullSystemInspections == 1 && plan.otherInspections == 0 && !plan.drugSubstanceSampling && plan.residentStaff == 2)
        let product = try #require(F.compliant().products[id: "P"])
        let json = try JSONEncoder().encode(product)
        #expect(!String(decoding: json, as: UTF8.self).contains("supervisionPlan"))
        #expect(try JSONDecoder().decode(PilotProduct.self, from: json).supervisionPlan == nil)
    }
}
