import Foundation
import Testing

@testable import PilotCore

@Suite struct WorkingCalendarTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    @Test func dayKindsFromTheStateCouncilArrangement() {
        #expect(calendar.kind(of: d("2026-10-01")) == .holiday(Bilingual(zh: "国庆节", en: "National Day")))
        #expect(calendar.kind(of: d("2026-09-25")) == .holiday(Bilingual(zh: "中秋节", en: "Mid-Autumn Festival")))
        #expect(calendar.kind(of: d("2026-10-10")) == .adjustedWorkday)
        #expect(calendar.kind(of: d("2026-10-11")) == .weekend)
        #expect(calendar.kind(of: d("2026-10-12")) == .workday)
        #expect(calendar.coveredYears == [2025, 2026])
    }

    /// DESIGN's holiday edge: 20 working days from 2026-09-24 skip 中秋 and 国庆 and count Saturday 2026-10-10.
    @Test func rectificationAcrossMidAutumnAndNationalDay() {
        let due = DeadlineRule.rectification.due(after: d("2026-09-24"), calendar: calendar)
        #expect(due == d("2026-10-29"))
        // Without the adjusted Saturday the deadline would fall a day later.
        let withoutAdjusted = WorkingCalendar(holidays: calendar.holidays, adjustedWorkdays: [])
        #expect(DeadlineRule.rectification.due(after: d("2026-09-24"), calendar: withoutAdjusted) == d("2026-10-30"))
    }

    @Test func samplingReportAcrossSpringFestival() {
        // 2026-02-14 and 2026-02-28 are adjusted Saturdays; 02-15…02-23 are off.
        let due = DeadlineRule.samplingReport.due(after: d("2026-02-10"), calendar: calendar)
        #expect(due == d("2026-03-30"))
        let status = DeadlineRule.samplingReport.status(after: d("2026-02-10"), today: d("2026-04-01"), calendar: calendar)
        #expect(status.isOverdue && status.overdueBy == 2)
        #expect(!DeadlineRule.samplingReport.status(after: d("2026-02-10"), today: d("2026-03-30"), calendar: calendar).isOverdue)
    }

    @Test func retestWindowIsSevenCalendarDays() {
        #expect(DeadlineRule.retestRequest.due(after: d("2026-09-30"), calendar: calendar) == d("2026-10-07"))
        #expect(DeadlineRule.retestRequest.status(after: d("2026-09-30"), today: d("2026-10-08"), calendar: calendar).overdueBy == 1)
    }

    @Test func workingDayCountsAgreeWithAdding() {
        var day = d("2025-01-01")
        while day < d("2026-12-01") {
            for n in [1, 7, 20, 30] {
                let due = calendar.adding(workingDays: n, to: day)
                #expect(calendar.workingDays(from: day, to: due) == n)
                #expect(calendar.isWorkingDay(due))
                #expect(calendar.adding(workingDays: -n, to: due) <= day)
            }
            day = day.adding(days: 5)
        }
    }

    @Test func aNewYearIsData() throws {
        let json = """
            {"years": {"2027": {"holidays": [{"name": "元旦", "en": "New Year's Day", "off": ["2027-01-01", "2027-01-03"]}],
                                "workdays": ["2027-01-09"]}}}
            """
        let next = try WorkingCalendar(json: Data(json.utf8))
        #expect(!next.isWorkingDay(d("2027-01-01")))
        #expect(next.isWorkingDay(d("2027-01-09")))
        #expect(next.coveredYears == [2027])
    }

    @Test func badHolidayDataIsReported() {
        let json = #"{"years": {"2027": {"holidays": [{"name": "元旦", "en": "x", "off": ["2027-01-03", "2027-01-01"]}], "workdays": []}}}"#
        #expect(throws: WorkingCalendar.DataError.self) { try WorkingCalendar(json: Data(json.utf8)) }
    }
}
