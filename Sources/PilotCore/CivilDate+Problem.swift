extension CivilDate {
    /// Why `text` is not a date, in words a user can act on ("2026-02-30: February 2026 has 28 days"), or nil when
    /// it is one. Only `YYYY-MM-DD` is accepted here.
    public static func problem(with text: String) -> Bilingual? {
        if CivilDate(text) != nil { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2],
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1
        else {
            return Bilingual(
                zh: "“\(text)”不是日期：应为 YYYY-MM-DD（如 2026-03-05）", en: "\(text): not a date; expected YYYY-MM-DD (e.g. 2026-03-05)")
        }
        return dayProblem(text, year: year, month: month, day: day)
    }
}
