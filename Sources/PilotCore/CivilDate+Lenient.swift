extension CivilDate {
    /// Reads a date as people type it and spreadsheets write it: 2026-03-05, 2026-3-5, 2026/3/5, 2026.3.5,
    /// 2026年3月5日. With `today`, a date without a year (12-8, 12/8, 12月8日) is in today's year; imports pass
    /// none, since a sheet's year-less date could belong to the year before. The one reader of both forms and imports.
    public init?(lenient text: String, today: CivilDate? = nil) {
        guard let (y, m, d) = CivilDate.parts(lenient: text, today: today) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Why `text` is not a date in the forms `init(lenient:today:)` reads, in words a user can act on
    /// ("2026/2/30: February 2026 has 28 days"), or nil when it is one. Text not shaped like a date is not quoted
    /// back (a form shows the message beside it).
    public static func problem(lenient text: String, today: CivilDate? = nil) -> Bilingual? {
        let t = text.trimmed
        if CivilDate(lenient: t, today: today) != nil { return nil }
        guard let (year, month, day) = parts(lenient: t, today: today), year >= 1 else {
            // Short enough to stand beside a form field; the example says more than ISO is read.
            return Bilingual(zh: "不是日期（如 2026/3/5）", en: "not a date (e.g. 2026/3/5)")
        }
        return dayProblem(t, year: year, month: month, day: day)
    }

    /// The month or day out of range, worded for `text` (shared with `problem(with:)`).
    static func dayProblem(_ text: String, year: Int, month: Int, day: Int) -> Bilingual {
        guard (1...12).contains(month) else {
            return Bilingual(zh: "\(text)：月份应为 01–12", en: "\(text): the month must be 01–12")
        }
        let days = daysInMonth(year: year, month: month)
        let monthName = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ][month - 1]
        return Bilingual(
            zh: "\(text)：\(year) 年 \(month) 月只有 \(days) 天",
            en: "\(text): \(monthName) \(year) has \(days) days" + (day == 0 ? " (day 00 does not exist)" : ""))
    }

    /// Year, month and day as written, not yet checked against the calendar; nil when the text is not shaped
    /// like a date. Only ASCII digits count and no part may be empty, so "-2026-03-05" or "2026/+3/5" is not a date.
    static func parts(lenient text: String, today: CivilDate?) -> (Int, Int, Int)? {
        var t = text.trimmed
        if t.hasSuffix("日") { t.removeLast() }
        let parts = t.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch parts.count {
        case 3 where parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2:
            return (numbers[0], numbers[1], numbers[2])
        case 2 where parts[0].count <= 2 && parts[1].count <= 2:
            guard let today else { return nil }
            return (today.year, numbers[0], numbers[1])
        default:
            return nil
        }
    }
}
