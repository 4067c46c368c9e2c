import Testing

@testable import PilotCore

@Suite struct SchedulingTests {
    typealias F = Fixture

    func conflicts(_ plan: InspectionPlan, _ data: PilotData = Fixture.compliant()) -> [SchedulingConflict] {
        Scheduling.conflicts(plan, index: PilotIndex(data), calendar: bundledReference.calendar)
    }

    func plan(start: String, end: String? = nil, team: [String] = ["K1"], sites: [String] = ["SH", "SC"], product: String = "P")
        -> InspectionPlan
    {
        InspectionPlan(productId: product, type: .fullGMP, start: F.d(start), end: F.d(end ?? start), siteIds: sites, team: team)
    }

    @Test func aCleanPlanHasNoConflicts() {
        #expect(conflicts(plan(start: "2026-11-24", end: "2026-11-26")).isEmpty)
    }

    @Test func unknownRecordsCannotBeForced() {
        let c = conflicts(plan(start: "2026-11-24", team: ["nobody"], sites: ["SH", "nowhere"], product: "P"))
        #expect(c.contains(.unknownInspector("nobody")) && c.contains(.unknownSite("nowhere")))
        #expect(c.allSatisfy { !$0.isForceable })
        #expect(conflicts(plan(start: "2026-11-24", product: "X")).contains(.unknownProduct("X")))
    }

    @Test func weekendsAndHolidaysButNotAdjustedWorkdays() {
        let c = conflicts(plan(start: "2026-10-01", end: "2026-10-03"))
        #expect(c.count == 2)
        #expect(conflicts(plan(start: "2026-10-10")).isEmpty) // 调休 Saturday
        #expect(conflicts(plan(start: "2026-11-28")).count == 1) // a Saturday, reported once
    }

    @Test func doubleBookingAndConflictOfInterest() {
        let c = conflicts(plan(start: "2026-03-03", team: ["K3", "K2"]))
        #expect(c.contains(.doubleBooked(inspector: "K3", inspection: "I26", start: F.d("2026-03-02"), end: F.d("2026-03-04"))))
        #expect(c.contains(.conflictOfInterest(inspector: "K2", enterprise: "C")))
        // Moving an inspection does not collide with itself.
        var moved = plan(start: "2026-03-03", team: ["K3"])
        moved.replacing = "I26"
        #expect(conflicts(moved).isEmpty)
    }

    @Test func endBeforeStartAndAfterThePilot() {
        #expect(conflicts(plan(start: "2026-11-26", end: "2026-11-24")).contains(.endBeforeStart(F.d("2026-11-26"), F.d("2026-11-24"))))
        #expect(conflicts(plan(start: "2026-12-31", end: "2027-01-05")).contains(.afterPilotEnd(F.d("2027-01-05"))))
    }

    @Test func siteMustBelongToTheProduct() {
        var data = F.compliant()
        try! data.sites.insert(
            Site(id: "OTHER", enterpriseId: "C", address: "x", provinceCode: "320000", drugSubstance: true, drugProduct: true))
        #expect(conflicts(plan(start: "2026-11-24", sites: ["OTHER"]), data) == [.siteNotOfProduct("OTHER")])
    }
}

@Suite struct SchedulingSuggestionTests {
    @Test func prefillOnTheDemoStore() throws {
        let today = CivilDate("2026-11-22")!
        let data = DemoData.make(today: today, reference: bundledReference)
        let index = PilotIndex(data)
        let plan = try #require(
            SchedulingSuggestion.plan(on: CivilDate("2026-11-24")!, today: today, index: index, calendar: bundledReference.calendar))
        #expect(plan.productId == "P08" && plan.type == .fullGMP)
        #expect(plan.start.description == "2026-11-24" && plan.end.description == "2026-11-26")
        #expect(plan.siteIds == ["S07", "S05"])
        #expect(plan.team.count == 2)
        #expect(Scheduling.conflicts(plan, index: index, calendar: bundledReference.calendar).isEmpty)
        // I09 has a conflict with P08's Chengdu contract manufacturer and is never proposed for it.
        let free = SchedulingSuggestion.freeInspectors(for: data.products[id: "P08"]!, start: plan.start, end: plan.end, index: index)
        #expect(!free.map(\.id).contains("I09"))
        // A holiday start moves to the next working day (国庆 → 2026-10-08).
        let holiday = try #require(
            SchedulingSuggestion.plan(on: CivilDate("2026-10-01")!, today: today, index: index, calendar: bundledReference.calendar))
        #expect(holiday.start.description == "2026-10-08" && holiday.end.description == "2026-10-10")
        #expect(SchedulingSuggestion.productsLackingFullGMP(index: index, year: 2026, asOf: today).map(\.id) == ["P08", "P12"])
    }
}
