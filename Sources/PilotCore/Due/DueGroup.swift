/// The headings of the due list: past due, due by Sunday of this week, within 30 days, later.
public enum DueGroup: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case overdue, thisWeek, next30Days, later

    public static func < (a: DueGroup, b: DueGroup) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }

    /// The group of a due date seen from `today`: calendar days decide it; working days are what the row counts.
    public static func of(_ due: CivilDate, today: CivilDate) -> DueGroup {
        if due < today { return .overdue }
        let sunday = today.adding(days: 7 - today.weekday)
        if due <= sunday { return .thisWeek }
        return due <= today.adding(days: 30) ? .next30Days : .later
    }

    public var label: Bilingual {
        switch self {
        case .overdue: return Bilingual(zh: "已逾期", en: "Overdue")
        case .thisWeek: return Bilingual(zh: "本周到期", en: "This week")
        case .next30Days: return Bilingual(zh: "30 天内", en: "Next 30 days")
        case .later: return Bilingual(zh: "更晚", en: "Later")
        }
    }
}
