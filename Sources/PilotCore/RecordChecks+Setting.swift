extension RecordChecks {
    /// A setting must be one biopilot knows, with a value it can use: a deadline's number of days.
    public static func setting(_ s: Setting) -> [Problem<SettingField>] {
        guard Deadlines.settingKeys.contains(s.id) else {
            return [
                error(
                    .id, "未知设置 \(s.id)（可设：\(Deadlines.settingKeys.joined(separator: "、"))）",
                    "unknown setting \(s.id) (known: \(Deadlines.settingKeys.joined(separator: ", ")))")
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
