import PilotCore

/// The words every form shares.
enum FormStrings {
    static let footer = Bilingual(
        zh: "Tab 下一项 · ←→ 选择 · 空格 勾选 · Enter 保存 · Esc 取消",
        en: "Tab next · ←→ choose · Space toggle · Enter save · Esc cancel")
    /// On a field chosen from a list.
    static let pickerFooter = Bilingual(
        zh: "Enter 或输入 打开列表 · Bksp 清空 · Tab 下一项 · Esc 取消",
        en: "Enter or type to open the list · Bksp clear · Tab next · Esc cancel")
    static let correctMarkedFields = Bilingual(zh: "请先改正标记的字段", en: "correct the marked fields first")
    static let notADate = Bilingual(zh: "不是日期（YYYY-MM-DD）", en: "not a date (YYYY-MM-DD)")
    static let notADateShort = Bilingual(zh: "不是日期", en: "not a date")
    static let required = Bilingual(zh: "必填", en: "required")
    /// The "no value" entry of an optional choice.
    static let noChoice = "—"
}
