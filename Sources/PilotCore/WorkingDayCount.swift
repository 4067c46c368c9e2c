/// Working days counted once, day by day, over a span of years: `before[i]` is the number of working days in
/// [first, first + i). Inside the span, working days between two dates are one subtraction and the date N working
/// days on is a binary search, instead of a walk through the calendar with two hash lookups a day. Every answer is
/// nil outside the span, where the calendar walks.
struct WorkingDayCount: Sendable {
    /// Day number of the span's first day.
    let first: Int
    let before: [Int32]

    init() {
        first = 0
        before = [0]
    }

    /// The span `first`…`last`, counted with `isWorkingDay`.
    init(first: CivilDate, last: CivilDate, isWorkingDay: (CivilDate) -> Bool) {
        self.first = first.dayNumber
        var before: [Int32] = [0]
        before.reserveCapacity(max(0, first.days(until: last)) + 2)
        var n: Int32 = 0
        var day = first
        while day <= last {
            if isWorkingDay(day) { n += 1 }
            before.append(n)
            day = day.adding(days: 1)
        }
        self.before = before
    }

    /// Whether the day is a working day; nil outside the span.
    func isWorkingDay(_ day: Int) -> Bool? {
        let i = day - first
        guard i >= 0, i + 1 < before.count else { return nil }
        return before[i + 1] != before[i]
    }

    /// Working days in (from, to], negative when `to` is earlier; nil unless both days are in the span.
    func workingDays(from: Int, to: Int) -> Int? {
        let a = from - first + 1
        let b = to - first + 1
        guard a >= 0, b >= 0, a < before.count, b < before.count else { return nil }
        return Int(before[b]) - Int(before[a])
    }

    /// The day `count` working days after `day` (before it when negative); nil unless both are in the span.
    func adding(_ count: Int, to day: Int) -> Int? {
        guard count != 0 else { return day }
        let i = day - first
        guard i >= 0, i + 1 < before.count else { return nil }
        // The working day sought is the one that brings the running count to `target`: the first index j with
        // before[j] ≥ target is one past it.
        let target = count > 0 ? Int(before[i + 1]) + count : Int(before[i]) + count + 1
        guard target >= 1, let total = before.last, target <= Int(total) else { return nil }
        var low = 0
        var high = before.count - 1
        while low < high {
            let mid = (low + high) / 2
            if Int(before[mid]) >= target { high = mid } else { low = mid + 1 }
        }
        return first + low - 1
    }
}
