import Foundation

/// China's working-day calendar: Monday–Friday work, weekends off, public holidays off, and the
/// adjusted weekend working days (调休上班) on. Built from data so that a new year is a data change.
public struct WorkingCalendar: Sendable {
    public struct Holiday: Hashable, Sendable {
        public let name: Bilingual
        public let first: CivilDate
        public let last: CivilDate

        public init(name: Bilingual, first: CivilDate, last: CivilDate) {
            self.name = name
            self.first = first
            self.last = last
        }
    }

    public enum DayKind: Hashable, Sendable {
        case workday
        case weekend
        case holiday(Bilingual)
        /// A Saturday or Sunday that is a working day by the State Council's arrangement.
        case adjustedWorkday
    }

    public private(set) var holidays: [Holiday] = []
    private var offDays: [Int: Bilingual] = [:]
    private var adjustedWorkdays: Set<Int> = []
    /// Years the data covers; outside them the fixed-date statutory holidays are assumed (`isEstimated`).
    public private(set) var coveredYears: Set<Int> = []
    /// The working days of the covered years and ten years either side, counted once: what every working-day
    /// question inside them reads instead of walking.
    private var count = WorkingDayCount()

    public init(holidays: [Holiday], adjustedWorkdays: [CivilDate]) {
        self.holidays = holidays.sorted { $0.first < $1.first }
        for h in holidays {
            for n in h.first.dayNumber...max(h.first.dayNumber, h.last.dayNumber) { offDays[n] = h.name }
        }
        var years = Set(holidays.map(\.first.year))
        for d in adjustedWorkdays {
            self.adjustedWorkdays.insert(d.dayNumber)
            years.insert(d.year)
        }
        coveredYears = years
        recount()
    }

    /// Counts the span again after the data changed. `kind(of:)` alone decides; the count only remembers it.
    private mutating func recount() {
        guard let low = coveredYears.min(), let high = coveredYears.max() else {
            count = WorkingDayCount()
            return
        }
        let days = (offDays: offDays, adjusted: adjustedWorkdays, covered: coveredYears)
        count = WorkingDayCount(first: .firstOfYear(max(1, low - 10)), last: .lastOfYear(min(9999, high + 10))) { date in
            WorkingCalendar.isWorkingDay(WorkingCalendar.kind(of: date, days.offDays, days.adjusted, days.covered))
        }
    }

    /// This calendar with one more holiday (a local closure, or next year's arrangement announced late).
    public func adding(_ holiday: Holiday) -> WorkingCalendar {
        var copy = self
        copy.holidays = (holidays + [holiday]).sorted { $0.first < $1.first }
        for n in holiday.first.dayNumber...max(holiday.first.dayNumber, holiday.last.dayNumber) { copy.offDays[n] = holiday.name }
        // Counted again even when the year was covered: the new days off change the count.
        copy.coveredYears.insert(holiday.first.year)
        copy.recount()
        return copy
    }

    public func kind(of date: CivilDate) -> DayKind { Self.kind(of: date, offDays, adjustedWorkdays, coveredYears) }

    private static func kind(of date: CivilDate, _ offDays: [Int: Bilingual], _ adjusted: Set<Int>, _ covered: Set<Int>) -> DayKind {
        if let name = offDays[date.dayNumber] { return .holiday(name) }
        if adjusted.contains(date.dayNumber) { return .adjustedWorkday }
        if !covered.contains(date.year), let name = StatutoryHoliday.name(of: date) { return .holiday(name) }
        return date.isWeekend ? .weekend : .workday
    }

    private static func isWorkingDay(_ kind: DayKind) -> Bool {
        switch kind {
        case .workday, .adjustedWorkday: return true
        case .weekend, .holiday: return false
        }
    }

    /// A year with no State Council arrangement on file: its days off are estimated from the
    /// fixed-date statutory holidays, with no adjusted working days.
    public func isEstimated(_ year: Int) -> Bool { !coveredYears.contains(year) }

    /// The estimated years among those from `first` to `last` (either order), ascending.
    public func estimatedYears(from first: CivilDate, to last: CivilDate) -> [Int] {
        (min(first.year, last.year)...max(first.year, last.year)).filter(isEstimated)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        count.isWorkingDay(date.dayNumber) ?? Self.isWorkingDay(kind(of: date))
    }

    /// The date `count` working days after `date` (the start date itself is not counted);
    /// a negative count goes back.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        self.count.adding(count, to: date.dayNumber).map(CivilDate.init(dayNumber:)) ?? walkedAdding(workingDays: count, to: date)
    }

    /// `adding(workingDays:to:)` day by day: outside the counted span, and the reference the count is tested against.
    func walkedAdding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var current = date
        var remaining = abs(count)
        let step = count < 0 ? -1 : 1
        while remaining > 0 {
            current = current.adding(days: step)
            if Self.isWorkingDay(kind(of: current)) { remaining -= 1 }
        }
        return current
    }

    /// Working days in (from, to]: how many working days pass from the day after `from` up to and including `to`.
    /// Negative when `to` is before `from`.
    public func workingDays(from: CivilDate, to: CivilDate) -> Int {
        count.workingDays(from: from.dayNumber, to: to.dayNumber) ?? walkedWorkingDays(from: from, to: to)
    }

    /// `workingDays(from:to:)` day by day.
    func walkedWorkingDays(from: CivilDate, to: CivilDate) -> Int {
        if to < from { return -walkedWorkingDays(from: to, to: from) }
        var count = 0
        var current = from
        while current < to {
            current = current.adding(days: 1)
            if Self.isWorkingDay(kind(of: current)) { count += 1 }
        }
        return count
    }

    /// The last working day on or before `date`.
    public func workingDay(onOrBefore date: CivilDate) -> CivilDate {
        var current = date
        while !isWorkingDay(current) { current = current.adding(days: -1) }
        return current
    }

    /// The first working day on or after `date`.
    public func workingDay(onOrAfter date: CivilDate) -> CivilDate {
        var current = date
        while !isWorkingDay(current) { current = current.adding(days: 1) }
        return current
    }
}

extension WorkingCalendar {
    /// Errors in the holiday data name the year and entry.
    public struct DataError: Error, CustomStringConvertible {
        public let description: String
    }

    private struct File: Decodable {
        struct Year: Decodable {
            struct Entry: Decodable {
                let name: String
                let en: String
                let off: [String]
            }
            let holidays: [Entry]
            let workdays: [String]
        }
        let years: [String: Year]
    }

    /// Reads the `holidays-cn.json` format: per year, holidays with an inclusive `off` range and adjusted `workdays`.
    public init(json data: Data) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw DataError(description: "holiday data: \(error)")
        }
        var holidays: [Holiday] = []
        var workdays: [CivilDate] = []
        for (year, entry) in file.years {
            for h in entry.holidays {
                guard h.off.count == 2, let first = CivilDate(h.off[0]), let last = CivilDate(h.off[1]), first <= last else {
                    throw DataError(description: "holiday data: year \(year), \(h.name): \"off\" must be [first, last] dates")
                }
                holidays.append(Holiday(name: Bilingual(zh: h.name, en: h.en), first: first, last: last))
            }
            for w in entry.workdays {
                guard let d = CivilDate(w) else {
                    throw DataError(description: "holiday data: year \(year): bad workday \"\(w)\"")
                }
                workdays.append(d)
            }
        }
        self.init(holidays: holidays, adjustedWorkdays: workdays)
        // A year on file is known even when it lists nothing (no estimate is made for it).
        coveredYears.formUnion(file.years.keys.compactMap { Int($0) })
        recount()
    }
}
