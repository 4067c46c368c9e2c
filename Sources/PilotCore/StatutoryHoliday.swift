/// The public holidays fixed by calendar date (《全国年节及纪念日放假办法》): 元旦 1 January, 劳动节
/// 1–2 May, 国庆节 1–3 October. The lunar holidays and the adjusted weekends move every year, so a
/// year without the State Council's arrangement on file assumes only these.
public enum StatutoryHoliday {
    /// The fixed-date holiday `date` falls on, if any.
    public static func name(of date: CivilDate) -> Bilingual? {
        switch (date.month, date.day) {
        case (1, 1): return Bilingual(zh: "元旦", en: "New Year's Day")
        case (5, 1), (5, 2): return Bilingual(zh: "劳动节", en: "Labour Day")
        case (10, 1), (10, 2), (10, 3): return Bilingual(zh: "国庆节", en: "National Day")
        default: return nil
        }
    }

    /// "2027 年放假安排未录入，按法定节日估算" for the estimated years; nil when there are none.
    public static func estimateNote(years: [Int]) -> Bilingual? {
        guard !years.isEmpty else { return nil }
        let zhYears = years.map(String.init).joined(separator: "、")
        let enYears = years.map(String.init).joined(separator: ", ")
        return Bilingual(
            zh: "\(zhYears) 年放假安排未录入，按法定节日估算",
            en: "no \(enYears) holiday arrangement on file; statutory holidays assumed")
    }
}
