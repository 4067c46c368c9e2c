import PilotCore

extension Keymap {
    /// The products list: open, filter, matches, sort, and changes to the selected product.
    static let productList: [KeyBinding] = [
        KeyBinding(keys: [.enter], command: .open, help: b("打开品种档案", "open the case"), scope: .productList, hint: b("打开", "open")),
        KeyBinding(
            keys: [.char("/")], command: .filter,
            help: b("边输边筛选（名称、持有人、受托方、省份、类型、依据）", "filter as you type (name, holder, contract manufacturer, province, type, basis)"),
            scope: .productList, hint: b("筛选", "filter")),
        KeyBinding(keys: [.escape], command: .clearFilter, help: b("清除筛选", "clear the filter"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("下一个匹配", "next match"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("上一个匹配", "previous match"), scope: .productList, hint: nil),
        KeyBinding(
            keys: [.char("s")], command: .cycleSort,
            help: b("切换排序（编号、名称、省份、阶段、问题数）", "cycle the sort (ID, name, province, stage, findings)"), scope: .productList,
            hint: b("排序", "sort")),
        KeyBinding(
            keys: [.char("a")], command: .addRecord,
            help: b("新增品种（:add enterprise|site|staff|inspector 新增其他）", "add a product (:add enterprise|site|staff|inspector for the rest)"),
            scope: .productList, hint: b("新增", "add")),
        KeyBinding(keys: [.char("e")], command: .editRecord, help: b("修改品种", "edit the product"), scope: .productList, hint: nil),
        KeyBinding(
            keys: [.char(">")], command: .advanceStage, help: b("推进到下一试点步骤（记录日期）", "record the next step of the pilot path"),
            scope: .productList, hint: nil),
        KeyBinding(
            keys: [.char("D")], command: .deleteRecord,
            help: b("删除品种（需填写理由；有引用时拒绝）", "delete the product (asks a reason; refused while referred to)"),
            scope: .productList, hint: nil),
    ]

    /// An open case: its changes, and scrolling the document.
    static let caseDetail: [KeyBinding] = [
        KeyBinding(
            keys: [.char("e")], command: .editRecord, help: b("修改品种", "edit the product"), scope: .caseDetail, hint: b("修改", "edit")),
        KeyBinding(
            keys: [.char(">")], command: .advanceStage,
            help: b("记录试点步骤（默认下一步；跳步需理由）", "record a step of the pilot path (the next by default; others need a reason)"),
            scope: .caseDetail, hint: b("下一步", "next step")),
        KeyBinding(
            keys: [.char("<")], command: .stageBack, help: b("撤回最近一步（需理由）", "take back the last step (needs a reason)"), scope: .caseDetail,
            hint: nil),
        KeyBinding(
            keys: [.char("D")], command: .deleteRecord,
            help: b("删除品种（需填写理由；有引用时拒绝）", "delete the product (asks a reason; refused while referred to)"),
            scope: .caseDetail, hint: nil),
        KeyBinding(
            keys: [.escape, .char("h"), .left], command: .back, help: b("返回列表（保留位置）", "back to the list (same position)"),
            scope: .caseDetail, hint: b("返回", "back")),
        KeyBinding(
            keys: [.char("n")], command: .nextMatch, help: b("选中下一项检查、抽检或措施", "select the next inspection, sampling or measure"),
            scope: .caseDetail, hint: nil),
        KeyBinding(
            keys: [.char("N")], command: .previousMatch, help: b("选中上一项", "select the previous one"), scope: .caseDetail, hint: nil),
        KeyBinding(
            keys: [.char("m")], command: .addMeasure,
            help: b("对所选检查或抽检新增风险控制措施", "add a risk-control measure answering the selected finding"), scope: .caseDetail,
            hint: b("措施", "measure")),
        KeyBinding(
            keys: [.enter], command: .open, help: b("修改所选风险控制措施", "edit the selected measure"), scope: .caseDetail, hint: nil),
        KeyBinding(
            keys: [.char("x")], command: .closeMeasure, help: b("所选措施办结（日期、依据）", "mark the selected measure done (date, evidence)"),
            scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("向下滚动", "scroll down"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("向上滚动", "scroll up"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.pageDown, .char(" ")], command: .pageDown, help: b("下一页", "page down"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("顶部", "top"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("底部", "bottom"), scope: .caseDetail, hint: nil),
    ]
}
