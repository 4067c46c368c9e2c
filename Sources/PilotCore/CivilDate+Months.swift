extension CivilDate {
    /// The corresponding day `months` later (earlier when negative); a month without that day gives its last day
    /// (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日). Nil outside years 1…9999.
    public func adding(months: Int) -> CivilDate? {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysInMonth(year: y, month: m)))
    }
}
