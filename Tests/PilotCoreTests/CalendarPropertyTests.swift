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
}
