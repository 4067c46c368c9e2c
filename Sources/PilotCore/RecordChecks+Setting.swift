extension RecordChecks {
    /// A setting must be one biopilot knows, with a value it can use: a deadline's number of days, or the
    /// province's pilot summary (its date and document number).
    public static func setting(_ s: Setting) -> [Problem<SettingField>] {
        let known = Deadlines.settingKeys + [ProvinceSummary.settingKey]
        guard known.contains(s.id) else {
            return [
                error(
                    .id, "未知设置 \(s.id)（可设：\(known.joined(separator: "、"))）",
                    "unknown setting \(s.id) (known: \(known.joined(separator: ", ")))")
            ]
        }
        if s.id == ProvinceSummary.settingKey {
            guard ProvinceSummary(s.value) == nil else { return [] }
            return [
                error(
                    .value, "应为“报送日期 文号”，如 2026-12-20 沪药监函〔2026〕88号",
                    "the date it was sent, then its document number: 2026-12-20 沪药监函〔2026〕88号")
            ]
        }
        guard Deadlines.count(s.value) != nil else {
            return [
                error(
                    .value, "应为 1–\(Deadlines.maximumCount) 的整数（天数）",
                    "a whole number of days from 1 to \(Deadlines.maximumCount)")
            ]
        }
        return []
    }
}
