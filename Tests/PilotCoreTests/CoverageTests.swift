import Testing

@testable import PilotCore

@Suite struct CoverageTests {
    typealias F = Fixture

    func report(_ data: PilotData, year: Int = 2026, asOf: CivilDate = Fixture.today) -> CoverageReport {
        Coverage.report(year: year, asOf: asOf, index: PilotIndex(data))
    }

    @Test func compliantProductIsCovered() {
        let r = report(F.compliant())
        #expect(r.total == 1 && r.covered == 1)
        let p = r.products[0]
        #expect(p.fullSystemInspection && p.sampling && p.sitesInspected == 2 && p.sitesTotal == 2 && p.residentStaffOK)
        #expect(r.provinces.map(\.code) == ["310000", "320000"])
        #expect(r.provinces.allSatisfy { $0.covered == 1 && $0.total == 1 })
    }

    @Test func plannedInspectionIsVisibleButDoesNotCover() {
        var data = F.compliant()
        data.inspections.upsert(
            {
                var i = data.inspections[id: "I26"]!
                i.status = .planned
                return i
            }())
        let p = report(data).products[0]
        #expect(!p.fullSystemInspection && p.plannedFullSystemInspection && !p.covered)
        #expect(p.sitesInspected == 0)
    }

    @Test func otherInspectionTypesCoverSitesButNotTheGMPRequirement() {
        var data = F.compliant()
        data.inspections.upsert(
            {
                var i = data.inspections[id: "I26"]!
                i.type = .routine
                return i
            }())
        let p = report(data).products[0]
        #expect(!p.fullSystemInspection && p.sitesInspected == 2 && !p.covered)
    }

    @Test func scopeIsJudgedOnTheEarlierOfYearEndAndAsOf() {
        let data = F.compliant() // in production from 2025-06-01
        #expect(report(data, year: 2025, asOf: F.d("2025-05-31")).total == 0)
        #expect(report(data, year: 2025, asOf: F.d("2025-06-01")).total == 1)
        #expect(report(data, year: 2024, asOf: F.today).total == 0)
    }

    @Test func samplingAfterAsOfDoesNotCount() {
        let data = F.compliant()
        let p = report(data, asOf: F.d("2026-03-31")).products[0]
        #expect(!p.sampling)
    }

    @Test func residentStaffShortfall() {
        var data = F.compliant()
        data.residentStaff.remove(id: "R2")
        let p = report(data).products[0]
        #expect(!p.residentStaffOK && p.covered) // staff is reported, not part of `covered`
    }
}
