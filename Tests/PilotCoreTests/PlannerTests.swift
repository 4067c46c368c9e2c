import Testing

@testable import PilotCore

@Suite struct PlannerTests {
    typealias F = Fixture

    /// The fixture with its 2026 full-GMP inspection removed: one product to plan, cross-province (SH → JS).
    func missingOne() -> PilotData {
        var data = F.compliant()
        data.inspections.remove(id: "I26")
        return data
    }

    func plan(_ data: PilotData, today: String, maxPerWeek: Int = 3) -> Planner.Result {
        Planner.plan(
            index: PilotIndex(data), year: 2026, today: CivilDate(today)!, calendar: bundledReference.calendar, maxPerWeek: maxPerWeek)
    }

    /// A product made in three provinces is planned jointly with both partners, with an inspector of each.
    @Test func aThreeProvinceProductIsJointWithEveryPartner() throws {
        let data = DemoData.make(today: CivilDate("2026-11-26")!, reference: bundledReference)
        let result = plan(data, today: "2026-11-26")
        let p12 = try #require(result.proposals.first { $0.productId == "P12" })
        #expect(p12.partnerProvinces == ["370000", "440000"])
        let provinces = Set(p12.team.compactMap { data.inspectors[id: $0]?.provinceCode })
        #expect(provinces.isSuperset(of: ["420000", "370000", "440000"]))
        let inspection = Planner.inspection(p12, id: "INS-9")
        #expect(inspection.joint && inspection.partnerProvinces == ["370000", "440000"])
    }

    @Test func jointTeamOnWorkingDaysAcrossTheHoliday() throws {
        // From 2026-09-29: the next working day is 09-30, then 国庆 (10-01…07); a 3-working-day inspection
        // starting 09-30 ends 10-09.
        let result = plan(missingOne(), today: "2026-09-29")
        let p = try #require(result.proposals.first)
        #expect(p.start.description == "2026-09-30" && p.end.description == "2026-10-09")
        // One inspector of the holder's province (K1, Shanghai) and one of the partner (K3, Jiangsu; K2 has a conflict).
        #expect(p.team == ["K1", "K3"] && p.partnerProvinces == ["320000"])
        #expect(result.unplaced.isEmpty)
        // The adjusted Saturday 2026-10-10 is a working day a plan may use.
        let later = plan(missingOne(), today: "2026-10-08")
        #expect(later.proposals.first?.start.description == "2026-10-09" && later.proposals.first?.end.description == "2026-10-12")
    }

    @Test func noDoubleBookingAndNoConflictOfInterest() throws {
        var data = missingOne()
        // K3, the only Jiangsu inspector without a conflict, is busy the first week of December.
        try data.inspections.insert(
            Inspection(
                id: "B", productId: "P", siteIds: ["SH"], type: .routine, start: F.d("2026-12-01"),
                end: F.d("2026-12-04"), team: ["K3"], status: .planned))
        let p = try #require(plan(data, today: "2026-11-30").proposals.first)
        #expect(p.start.description == "2026-12-07")
        #expect(!p.team.contains("K2"))
        // With K3 gone altogether, no joint team exists: reported with the reason.
        data.inspectors.remove(id: "K3")
        let none = plan(data, today: "2026-11-30")
        #expect(none.proposals.isEmpty)
        #expect(none.unplaced.first?.reason.en.contains("partner province") == true)
    }

    @Test func weeklyCapacity() throws {
        var data = missingOne()
        for (i, day) in ["2026-12-01", "2026-12-02"].enumerated() {
            try data.inspections.insert(
                Inspection(
                    id: "W\(i)", productId: "P", siteIds: ["SH"], type: .routine, start: F.d(day),
                    end: F.d(day), team: [], status: .planned))
        }
        // Two inspections already start in the week of 2026-11-30: with at most 2 a week the plan goes to the next week.
        #expect(plan(data, today: "2026-11-27", maxPerWeek: 2).proposals.first?.start.description == "2026-12-07")
        #expect(plan(data, today: "2026-11-27", maxPerWeek: 3).proposals.first?.start.description == "2026-11-30")
    }

    @Test func anInfeasibleYearEndIsReportedNotDropped() {
        let result = plan(missingOne(), today: "2026-12-29")
        #expect(result.proposals.isEmpty)
        #expect(result.unplaced.count == 1 && result.unplaced[0].reason.en.contains("working days left"))
        let full = plan(missingOne(), today: "2026-12-21", maxPerWeek: 0)
        #expect(full.unplaced.first?.reason.en.contains("every week") == true)
    }

    @Test func plannedProductsAndMissingSamplingsAreListed() {
        var data = missingOne()
        data.samplings.remove(id: "S26")
        try! data.inspections.insert(
            Inspection(
                id: "PL", productId: "P", siteIds: ["SH", "SC"], type: .fullGMP, start: F.d("2026-12-07"),
                end: F.d("2026-12-09"), team: ["K1", "K3"], status: .planned))
        let result = plan(data, today: "2026-11-27")
        #expect(result.proposals.isEmpty && result.alreadyPlanned == ["P"] && result.missingSamplings == ["P"])
    }
}
