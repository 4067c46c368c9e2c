import PilotCore

extension Keymap {
    /// The due list: open what an item comes from, mark a measure done, only mine, filter.
    static let dueList: [KeyBinding] = [
        KeyBinding(
            keys: [.enter], command: .open, help: b("打开来源记录（品种档案或检查卡片）", "open the record it comes from (case or inspection card)"),
            scope: .dueList, hint: b("打开", "open")),
        KeyBinding(
            keys: [.char("x")], command: .closeMeasure, help: b("所选措施办结（日期、依据）", "mark the selected measure done (date, evidence)"),
            scope: .dueList, hint: b("办结", "done")),
        KeyBinding(
            keys: [.char("m")], command: .toggleMine, help: b("只看我负责的 开/关", "only the rows I own on/off"), scope: .dueList,
            hint: b("我的", "mine")),
        KeyBinding(
            keys: [.char("/")], command: .filter, help: b("边输边筛选（品种、事项、责任方、负责人）", "filter as you type (product, what, from, owner)"),
            scope: .dueList, hint: b("筛选", "filter")),
        KeyBinding(keys: [.escape], command: .clearFilter, help: b("清除筛选", "clear the filter"), scope: .dueList, hint: nil),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("下一个匹配", "next match"), scope: .dueList, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("上一个匹配", "previous match"), scope: .dueList, hint: nil),
    ]
}
