import Testing

@testable import PilotCore

@Suite struct CivilDateTests {
    @Test func parsesOnlyStrictISODates() {
        #expect(CivilDate("2026-02-28")?.description == "2026-02-28")
        #expect(CivilDate("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-2-28", "2026/02/28", "2026-13-01", "2026-00-10", "26-02-28", "2026-02-28 ", "二〇二六-01-01", ""] {
            #expect(CivilDate(bad) == nil, "\(bad) must be rejected")
        }
    }

    @Test func weekdaysAreISO() {
        #expect(CivilDate("1970-01-01")!.weekday == 4)
        #expect(CivilDate("2026-11-22")!.weekday == 7)
        #expect(CivilDate("2026-10-10")!.isWeekend)
        #expect(CivilDate("1969-12-29")!.weekday == 1)
    }

    @Test func dayNumbersRoundTripOverFourCenturies() {
        var previous = CivilDate("1900-01-01")!
        for n in (previous.dayNumber + 1)...(CivilDate("2300-12-31")!.dayNumber) {
            let d = CivilDate(dayNumber: n)
            #expect(CivilDate(year: d.year, month: d.month, day: d.day)!.dayNumber == n)
            #expect(previous < d)
            previous = d
        }
    }

    @Test func addingYearsClampsLeapDay() {
        #expect(CivilDate("2024-02-29")!.adding(years: 1).description == "2025-02-28")
        #expect(CivilDate("2023-03-01")!.adding(years: -3).description == "2020-03-01")
    }

    @Test func languageFromEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
    }

    @Test func aDateThatIsNotOneSaysWhy() {
        #expect(CivilDate.problem(with: "2026-03-05") == nil)
        #expect(CivilDate.problem(with: "2026-02-29")?.en == "2026-02-29: February 2026 has 28 days")
        #expect(CivilDate.problem(with: "2026-02-29")?.zh == "2026-02-29：2026 年 2 月只有 28 天")
        #expect(CivilDate.problem(with: "2026-04-31")?.en == "2026-04-31: April 2026 has 30 days")
        #expect(CivilDate.problem(with: "2026-00-10")?.en.contains("01–12") == true)
        #expect(CivilDate.problem(with: "2026-1-5")?.en.contains("expected YYYY-MM-DD") == true)
        #expect(CivilDate.problem(with: "")?.en.contains("expected YYYY-MM-DD") == true)
    }
}
