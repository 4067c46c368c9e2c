/// Working days counted once over a window around today, so that thousands of due dates cost an array lookup each
/// instead of a walk day by day through the calendar. Outside the window it asks the calendar.
struct WorkingDayCount {
    let calendar: WorkingCalendar
    let first: CivilDate
    /// `counts[i]`: working days in (first, first + i].
    let counts: [Int]

    init(calendar: WorkingCalendar, around today: CivilDate, years: Int = 3) {
        self.calendar = calendar
        first = today.adding(days: -366 * years)
        var counts: [Int] = []
        counts.reserveCapacity(2 * 366 * years + 1)
        var n = 0
        for i in 0...(2 * 366 * years) {
            if i > 0, calendar.isWorkingDay(first.adding(days: i)) { n += 1 }
            counts.append(n)
        }
        self.counts = counts
    }

    private func position(_ date: CivilDate) -> Int? {
        let i = date.dayNumber - first.dayNumber
        return counts.indices.contains(i) ? i : nil
    }

    /// As `WorkingCalendar.workingDays(from:to:)`: working days in (from, to], negative when `to` is earlier.
    func workingDays(from: CivilDate, to: CivilDate) -> Int {
        guard let a = position(from), let b = position(to) else { return calendar.workingDays(from: from, to: to) }
        return counts[b] - counts[a]
    }

    /// As `DeadlineRule.due(after:calendar:)`: working-day rules by binary search for the first day `count`
    /// working days on; calendar-day rules as the rule says.
    func due(_ rule: DeadlineRule, after date: CivilDate) -> CivilDate {
        guard rule.unit == .workingDays, rule.count > 0, let start = position(date) else {
            return rule.due(after: date, calendar: calendar)
        }
        let target = counts[start] + rule.count
        guard let last = counts.last, target <= last else { return rule.due(after: date, calendar: calendar) }
        var low = start
        var high = counts.count - 1
        while low < high {
            let mid = (low + high) / 2
            if counts[mid] >= target { high = mid } else { low = mid + 1 }
        }
        return first.adding(days: low)
    }
}
