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
        #expect(calendar.coveredYears == [2024, 2025, 2026])
    }

    /// DESIGN's holiday edge: 30 working days from 2026-09-24 skip 中秋 and 国庆 and count Saturday 2026-10-10.
    @Test func rectificationReportAcrossMidAutumnAndNationalDay() {
        let due = DeadlineRule.rectificationReport.due(after: d("2026-09-24"), calendar: calendar)
        #expect(due == d("2026-11-12"))
        // Without the adjusted Saturday the deadline would fall a day later.
        let withoutAdjusted = WorkingCalendar(holidays: calendar.holidays, adjustedWorkdays: [])
        #expect(DeadlineRule.rectificationReport.due(after: d("2026-09-24"), calendar: withoutAdjusted) == d("2026-11-13"))
    }

    @Test func labReportAcrossSpringFestival() {
        // 2026-02-14 and 2026-02-28 are adjusted Saturdays; 02-15…02-23 are off.
        let due = DeadlineRule.labReport.due(after: d("2026-02-10"), calendar: calendar)
        #expect(due == d("2026-03-23"))
        let status = DeadlineRule.labReport.status(after: d("2026-02-10"), today: d("2026-03-25"), calendar: calendar)
        #expect(status.isOverdue && status.overdueBy == 2)
        #expect(!DeadlineRule.labReport.status(after: d("2026-02-10"), today: d("2026-03-23"), calendar: calendar).isOverdue)
    }

    /// Seven working days from the day the party received the report, across 国庆 and the adjusted Saturday.
    @Test func retestWindowIsSevenWorkingDaysFromReceipt() {
        #expect(DeadlineRule.retestRequest.unit == .workingDays)
        #expect(DeadlineRule.retestRequest.due(after: d("2026-09-30"), calendar: calendar) == d("2026-10-15"))
        #expect(DeadlineRule.retestRequest.status(after: d("2026-09-30"), today: d("2026-10-16"), calendar: calendar).overdueBy == 1)
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

    /// The State Council notice of 2023-10-25: every adjusted working day is a weekend day, every
    /// holiday is off, and the days after each holiday are working days again.
    @Test func the2024Arrangement() {
        for w in ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"] {
            #expect(d(w).isWeekend, "\(w) is a weekend day")
            #expect(calendar.kind(of: d(w)) == .adjustedWorkday, "\(w)")
        }
        for off in [
            "2024-01-01", "2024-02-12", "2024-02-16", "2024-04-04", "2024-05-02", "2024-06-10", "2024-09-16", "2024-10-04", "2024-10-07",
        ] {
            #expect(!calendar.isWorkingDay(d(off)), "\(off)")
        }
        for on in ["2024-01-02", "2024-02-19", "2024-05-06", "2024-06-11", "2024-09-18", "2024-10-08"] {
            #expect(calendar.kind(of: d(on)) == .workday, "\(on)")
        }
        #expect(!calendar.isEstimated(2024))
    }

    /// A year without data assumes the fixed-date statutory holidays and says so; with a data file the
    /// arrangement is used and nothing is estimated.
    @Test func aYearWithoutDataIsEstimatedAndSaysSo() throws {
        #expect(calendar.isEstimated(2027))
        #expect(calendar.kind(of: d("2027-01-01")) == .holiday(Bilingual(zh: "元旦", en: "New Year's Day")))
        #expect(!calendar.isWorkingDay(d("2027-05-01")) && !calendar.isWorkingDay(d("2027-10-03")))
        #expect(calendar.isWorkingDay(d("2027-10-04")))
        // 2026-12-30 + 3 working days: 12-31, (01-01 元旦 estimated, weekend), 01-04, 01-05.
        let threeDays = DeadlineRule(id: "t", count: 3, unit: .workingDays, title: Bilingual(zh: "t", en: "t"), source: "t")
        let status = threeDays.status(after: d("2026-12-30"), today: d("2026-12-30"), calendar: calendar)
        #expect(status.due == d("2027-01-05"))
        #expect(status.estimatedYears == [2027])
        #expect(status.estimateNote?[.zh] == "2027 年放假安排未录入，按法定节日估算")
        #expect(status.estimateNote?[.en] == "no 2027 holiday arrangement on file; statutory holidays assumed")
        let json = """
            {"years": {"2026": {"holidays": [], "workdays": []},
                       "2027": {"holidays": [{"name": "元旦", "en": "New Year's Day", "off": ["2027-01-01", "2027-01-03"]},
                                             {"name": "春节", "en": "Spring Festival", "off": ["2027-01-05", "2027-01-05"]}],
                                "workdays": []}}}
            """
        let withData = try WorkingCalendar(json: Data(json.utf8))
        let filed = threeDays.status(after: d("2026-12-30"), today: d("2026-12-30"), calendar: withData)
        #expect(filed.due == d("2027-01-06"))
        #expect(filed.estimatedYears.isEmpty && filed.estimateNote == nil)
    }

    @Test func badHolidayDataIsReported() {
        let json = #"{"years": {"2027": {"holidays": [{"name": "元旦", "en": "x", "off": ["2027-01-03", "2027-01-01"]}], "workdays": []}}}"#
        #expect(throws: WorkingCalendar.DataError.self) { try WorkingCalendar(json: Data(json.utf8)) }
    }
}
