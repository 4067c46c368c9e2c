import PilotCore

/// The words of the picker overlay.
enum PickerStrings {
    static let conflictOfInterest = Bilingual(zh: "利益冲突", en: "conflict of interest")
    static let booked = Bilingual(zh: "同期已有检查", en: "booked then")
    static let search = Bilingual(zh: "搜索", en: "Search")
    static let noMatch = Bilingual(zh: "没有匹配项（可输入名称、拼音首字母或编号）", en: "nothing matches (type a name, pinyin initials or an id)")
    static let currentUser = Bilingual(zh: "当前用户", en: "you")
    static let separator = Bilingual(zh: "、", en: ", ")
    static let footerOne = Bilingual(zh: "↑↓ 移动 · Enter 选定 · Esc 取消 · 输入以搜索", en: "↑↓ move · Enter choose · Esc cancel · type to search")
    static let footerSeveral = Bilingual(
        zh: "↑↓ 移动 · 空格 勾选 · Enter 确定 · Esc 取消 · 输入以搜索", en: "↑↓ move · Space tick · Enter done · Esc cancel · type to search")

    static func load(_ n: Int) -> Bilingual { Bilingual(zh: "本月\(n)项", en: "\(n) this month") }

    static func ticked(_ n: Int) -> Bilingual { Bilingual(zh: "已选\(n)", en: "\(n) ticked") }
}
