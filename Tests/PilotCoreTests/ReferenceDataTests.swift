import Testing

@testable import PilotCore

@Suite struct ReferenceDataTests {
    @Test func theBundledDataLoads() throws {
        let reference = try ReferenceData.load()
        #expect(reference.provinces.named(code: "310000")?.name == "上海市")
        #expect(reference.provinces.named(code: "999999") == nil)
        #expect(reference.calendar.coveredYears.contains(2026))
        #expect(reference.calendar.kind(of: CivilDate("2026-10-01")!) != .workday)
    }

    @Test func aLoadErrorNamesTheFile() {
        let error = ReferenceData.LoadError(file: "holidays-cn.json", reason: "is missing")
        #expect(error.description.contains("holidays-cn.json"))
        #expect(error.description.contains("is missing"))
    }

    /// One extra holiday in the data handed to the rules engine moves the deadline it reports:
    /// the calendar is the one passed down, not one read from a global.
    @Test func anExtraHolidayInThePassedDataMovesADeadline() throws {
        let today = CivilDate("2026-11-22")!
        let data = DemoData.make(today: today, reference: bundledReference)
        let inspection = try #require(data.inspections.records.first { $0.status == .completed && $0.end < today })
        let bundledDue = DeadlineRule.rectificationReport.due(after: inspection.end, calendar: bundledReference.calendar)
        let extra = WorkingCalendar.Holiday(name: Bilingual(zh: "测试假日", en: "test holiday"), first: bundledDue, last: bundledDue)
        let custom = ReferenceData(calendar: bundledReference.calendar.adding(extra), provinces: bundledReference.provinces)

        #expect(RulesEngine(reference: custom, today: today).calendar.kind(of: bundledDue) == .holiday(extra.name))
        let customDue = DeadlineRule.rectificationReport.due(after: inspection.end, calendar: custom.calendar)
        #expect(customDue == bundledReference.calendar.adding(workingDays: 1, to: bundledDue))
    }
}
