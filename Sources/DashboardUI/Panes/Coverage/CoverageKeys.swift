import PilotCore

extension Keymap {
    /// The coverage matrix: products, year, province, and closing the gaps.
    static let coverage: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("下一个品种", "next product"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上一个品种", "previous product"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.pageDown], command: .pageDown, help: b("下一页", "page down"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("第一个", "first"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("最后一个", "last"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.enter], command: .open, help: b("打开品种档案", "open the case"), scope: .coverage, hint: b("档案", "case")),
        KeyBinding(
            keys: [.char("a")], command: .addRecord, help: b("为所选品种安排检查（按所缺预填）", "schedule what the product lacks"), scope: .coverage,
            hint: b("安排", "add")),
        KeyBinding(
            keys: [.char("p")], command: .proposePlan, help: b("补缺计划：逐项审阅并采纳", "plan to close the gaps: review and accept"),
            scope: .coverage, hint: b("计划", "plan")),
        KeyBinding(
            keys: [.char("f")], command: .cycleProvince, help: b("只看某省（循环切换）", "narrow to one province (cycles)"), scope: .coverage,
            hint: b("省份", "province")),
        KeyBinding(keys: [.char("[")], command: .previousYear, help: b("上一年", "previous year"), scope: .coverage, hint: b("年", "year")),
        KeyBinding(keys: [.char("]")], command: .nextYear, help: b("下一年", "next year"), scope: .coverage, hint: nil),
    ]
}
