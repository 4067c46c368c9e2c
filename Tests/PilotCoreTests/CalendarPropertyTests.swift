import PropertyBased
import Testing

@testable import PilotCore

/// Properties of civil dates and working days over generated inputs. Each run draws fresh seeds; a failure
/// prints the input and the `.fixedSeed(...)` that replays it.
@Suite struct CalendarPropertyTests {
    /// Every day from 0001-01-01 to 9999-12-31.
    static let anyDay = Gen.int(in: CivilDate.firstOfYear(1).dayNumber...CivilDate.lastOfYear(9999).dayNumber)
    /// Days in and around the years the bundled holiday data covers.
    static let recentDay = Gen.int(in: CivilDate.firstOfYear(2024).dayNumber...CivilDate.lastOfYear(2027).dayNumber)

    @Test func addingThenSubtractingDaysRoundTrips() async {
        await propertyCheck(count: 300, input: Self.anyDay, Self.anyDay) { a, b in
            let start = CivilDate(dayNumber: a)
            let n = b - a
            let end = start.adding(days: n)
            #expect(end.dayNumber == b && end.adding(days: -n) == start)
            #expect(start.days(until: end) == n)
            // The fields and the day number describe the same day, and the text form reads back.
            #expect(CivilDate(year: end.year, month: end.month, day: end.day) == end)
            #expect(CivilDate(end.description) == end)
        }
    }

    @Test func weekdayFollowsTheDayNumber() async {
        await propertyCheck(count: 300, input: Self.anyDay, Gen.int(in: -2000...2000)) { day, weeks in
            let d = CivilDate(dayNumber: day)
            #expect((1...7).contains(d.weekday))
            #expect(d.adding(days: 7 * weeks).weekday == d.weekday)
            #expect(d.adding(days: 1).weekday == d.weekday % 7 + 1)
            #expect(d.isWeekend == (d.weekday >= 6))
        }
    }

    @Test func addingWorkingDaysLandsOnAWorkingDayAndCountsBack() async {
        let calendar = bundledReference.calendar
        await propertyCheck(count: 200, input: Self.recentDay, Gen.int(in: 1...60)) { day, n in
            let start = CivilDate(dayNumber: day)
            let end = calendar.adding(workingDays: n, to: start)
            #expect(end > start && calendar.isWorkingDay(end), "\(start) + \(n) working days = \(end)")
            // Counting the working days in (start, end] gives n back …
            #expect(calendar.workingDays(from: start, to: end) == n, "\(start) + \(n) working days = \(end)")
            #expect(calendar.workingDays(from: end, to: start) == -n)
            // … and going back n working days reaches start, or the working day before it if start is a day off.
            #expect(calendar.adding(workingDays: -n, to: end) == calendar.workingDay(onOrBefore: start), "\(start) ± \(n)")
            #expect(calendar.adding(workingDays: 0, to: start) == start)
        }
    }

    /// Days from ten years before the holiday data to past the counted span's far edge (2036): estimated years,
    /// covered ones with their holidays and adjusted working Saturdays, and days the calendar must walk.
    static let spanDay = Gen.int(in: CivilDate.firstOfYear(2012).dayNumber...CivilDate.lastOfYear(2038).dayNumber)

    /// The counted answers (a subtraction, a binary search) equal the day-by-day walk, inside the span and across its edges.
    @Test func countedWorkingDaysEqualTheWalk() async {
        let calendar = bundledReference.calendar
        await propertyCheck(count: 400, input: Self.spanDay, Self.spanDay) { a, b in
            let from = CivilDate(dayNumber: a)
            let to = CivilDate(dayNumber: b)
            #expect(calendar.workingDays(from: from, to: to) == calendar.walkedWorkingDays(from: from, to: to), "\(from) → \(to)")
        }
        await propertyCheck(count: 400, input: Self.spanDay, Gen.int(in: -90...90)) { day, n in
            let start = CivilDate(dayNumber: day)
            #expect(calendar.adding(workingDays: n, to: start) == calendar.walkedAdding(workingDays: n, to: start), "\(start) + \(n)")
        }
    }

    /// Every day of the covered years and the years around them reads as its kind says, the adjusted working
    /// Saturdays and the holidays included.
    @Test func everyCountedDayIsWhatItsKindSays() {
        let calendar = bundledReference.calendar
        var adjusted = 0
        var holidays = 0
        for n in CivilDate.firstOfYear(2020).dayNumber...CivilDate.lastOfYear(2028).dayNumber {
            let day = CivilDate(dayNumber: n)
            let kind = calendar.kind(of: day)
            switch kind {
            case .workday, .adjustedWorkday: #expect(calendar.isWorkingDay(day), "\(day) \(kind)")
            case .weekend, .holiday: #expect(!calendar.isWorkingDay(day), "\(day) \(kind)")
            }
            if case .adjustedWorkday = kind { adjusted += 1 }
            if case .holiday = kind, !day.isWeekend { holidays += 1 }
        }
        #expect(adjusted > 10 && holidays > 50)
    }

    /// A holiday added later (a local closure) is counted: the counted span is rebuilt, not left stale.
    @Test func anAddedHolidayIsCounted() {
        let calendar = bundledReference.calendar
        let monday = CivilDate("2026-06-08")!
        let closed = calendar.adding(
            WorkingCalendar.Holiday(name: Bilingual(zh: "停工", en: "closure"), first: monday, last: monday.adding(days: 1)))
        #expect(calendar.isWorkingDay(monday) && !closed.isWorkingDay(monday))
        let friday = monday.adding(days: -3)
        #expect(
            closed.workingDays(from: friday, to: monday.adding(days: 7)) == calendar.workingDays(from: friday, to: monday.adding(days: 7))
                - 2)
        #expect(closed.adding(workingDays: 1, to: friday) == monday.adding(days: 2))
        #expect(
            closed.workingDays(from: friday, to: monday.adding(days: 30))
                == closed.walkedWorkingDays(from: friday, to: monday.adding(days: 30)))
        // A calendar with no data counts nothing and walks: the same answers.
        let bare = WorkingCalendar(holidays: [], adjustedWorkdays: [])
        #expect(bare.workingDays(from: friday, to: monday.adding(days: 7)) == 6)
        #expect(bare.adding(workingDays: 1, to: friday) == monday)
    }
}
