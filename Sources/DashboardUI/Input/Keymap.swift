import PilotCore

/// What a key asks the dashboard to do.
public enum Command: Hashable, Sendable {
    case quit, help, nextPane, previousPane, pane(Pane)
    case up, down, pageUp, pageDown, top, bottom
    case open, back, filter, nextMatch, previousMatch, cycleSort, commandLine, redraw
    case previousDay, nextDay, previousWeek, nextWeek, previousMonth, nextMonth, today, goToDate
    case addInspection, editInspection, moveEarlier, moveLater, advanceStatus, closeRectification, cancelInspection, toggleLoad
    case addRecord, editRecord, toggleSummary, previousYear, nextYear
    case cycleProvince, proposePlan
    case advanceStage, stageBack, deleteRecord
    case undo
    case keepTheirs, applyMine, keepEditing
}

/// Where a binding applies. CaseIterable so the tests can check every scope, including ones added later.
public enum KeyScope: Hashable, Sendable, CaseIterable {
    case global
    case list
    case productList
    case caseDetail
    case calendar
    case samplingList
    case coverage
    /// The overlay of a save refused because someone else changed the record.
    case conflict
}

/// One row of the key table: the keys, the command, its help text, and whether it shows in the bottom hints.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let help: Bilingual
    public let scope: KeyScope
    public let hint: Bilingual?
}

/// The one key table: it dispatches keys, and it writes the help overlay and the hint line,
/// so what the help says is what the keys do (calcurse's key table, bubbles' key.Binding).
public enum Keymap {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.char("q")], command: .quit, help: b("退出", "quit"), scope: .global, hint: b("退出", "quit")),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .global, hint: b("帮助", "help")),
        KeyBinding(keys: [.tab], command: .nextPane, help: b("下一个面板", "next pane"), scope: .global, hint: nil),
        KeyBinding(keys: [.backTab], command: .previousPane, help: b("上一个面板", "previous pane"), scope: .global, hint: nil),
        KeyBinding(keys: [.char("1")], command: .pane(.products), help: b("试点品种", "Products pane"), scope: .global, hint: b("面板", "panes")),
        KeyBinding(keys: [.char("2")], command: .pane(.calendar), help: b("检查日历", "Inspection calendar pane"), scope: .global, hint: nil),
        KeyBinding(keys: [.char("3")], command: .pane(.sampling), help: b("抽检结果", "Sampling results pane"), scope: .global, hint: nil),
        KeyBinding(keys: [.char("4")], command: .pane(.coverage), help: b("年度覆盖", "Annual coverage pane"), scope: .global, hint: nil),
        KeyBinding(keys: [.char(":")], command: .commandLine, help: b("命令行（:q :lang en :compact :help）", "command line (:q :lang zh :compact :help)"), scope: .global, hint: b("命令", "command")),
        KeyBinding(keys: [.char("u")], command: .undo, help: b("撤销本次会话中自己的上一次修改（记入日志）", "undo your last change of this session (journalled)"), scope: .global, hint: nil),
        KeyBinding(keys: [.ctrl("l"), .ctrl("r")], command: .redraw, help: b("重绘屏幕", "redraw the screen"), scope: .global, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("下移", "down"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上移", "up"), scope: .list, hint: nil),
        KeyBinding(keys: [.pageDown, .ctrl("f")], command: .pageDown, help: b("下一页", "page down"), scope: .list, hint: nil),
        KeyBinding(keys: [.pageUp, .ctrl("b")], command: .pageUp, help: b("上一页", "page up"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("第一行", "first row"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("最后一行", "last row"), scope: .list, hint: nil),
        KeyBinding(keys: [.enter], command: .open, help: b("打开品种档案", "open the case"), scope: .productList, hint: b("打开", "open")),
        KeyBinding(keys: [.char("/")], command: .filter, help: b("边输边筛选（名称、持有人、受托方、省份、类别）", "filter as you type (name, holder, contract manufacturer, province, category)"), scope: .productList, hint: b("筛选", "filter")),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("下一个匹配", "next match"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("上一个匹配", "previous match"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("s")], command: .cycleSort, help: b("切换排序（编号、名称、省份、阶段、问题数）", "cycle the sort (ID, name, province, stage, findings)"), scope: .productList, hint: b("排序", "sort")),
        KeyBinding(keys: [.char("h"), .left], command: .previousDay, help: b("前一天", "previous day"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("l"), .right], command: .nextDay, help: b("后一天", "next day"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .previousWeek, help: b("上一周", "previous week"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .nextWeek, help: b("下一周", "next week"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("["), .pageUp], command: .previousMonth, help: b("上个月", "previous month"), scope: .calendar, hint: b("月", "month")),
        KeyBinding(keys: [.char("]"), .pageDown], command: .nextMonth, help: b("下个月", "next month"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("t")], command: .today, help: b("回到今天", "today"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("g")], command: .goToDate, help: b("跳转到日期", "go to a date"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("当日下一项检查（负荷视图：下一位检查员）", "next inspection of the day (load view: next inspector)"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("当日上一项检查（负荷视图：上一位检查员）", "previous inspection (load view: previous inspector)"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.enter], command: .open, help: b("查看所选检查", "open the selected inspection"), scope: .calendar, hint: b("查看", "open")),
        KeyBinding(keys: [.char("a")], command: .addInspection, help: b("在所选日期安排检查", "schedule an inspection on the selected day"), scope: .calendar, hint: b("安排", "add")),
        KeyBinding(keys: [.char("e")], command: .editInspection, help: b("修改检查（日期、检查组）", "edit the inspection (dates, team)"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("<")], command: .moveEarlier, help: b("提前一天", "move one day earlier"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char(">")], command: .moveLater, help: b("推后一天", "move one day later"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("s")], command: .advanceStatus, help: b("推进状态：计划→进行中→完成（录入缺陷与结论）", "advance: planned → in progress → completed (defects, conclusion)"), scope: .calendar, hint: b("状态", "status")),
        KeyBinding(keys: [.char("c")], command: .closeRectification, help: b("整改完成（记录日期）", "close the rectification (records its date)"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("x")], command: .cancelInspection, help: b("取消检查（需确认并填写理由）", "cancel the inspection (asks for a reason)"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("i")], command: .toggleLoad, help: b("检查员负荷视图开/关", "inspector load view on/off"), scope: .calendar, hint: b("负荷", "load")),
        KeyBinding(keys: [.char("/")], command: .filter, help: b("边输边筛选（品种、检验机构、批号、结论、年份）", "filter as you type (product, lab, batch, result, year)"), scope: .samplingList, hint: b("筛选", "filter")),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("下一个匹配", "next match"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("上一个匹配", "previous match"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("s")], command: .cycleSort, help: b("切换排序（日期、品种、检验机构、结论）", "cycle the sort (date, product, lab, result)"), scope: .samplingList, hint: b("排序", "sort")),
        KeyBinding(keys: [.char("a")], command: .addRecord, help: b("新增抽检", "add a sampling"), scope: .samplingList, hint: b("新增", "add")),
        KeyBinding(keys: [.char("e"), .enter], command: .editRecord, help: b("修改所选抽检（录入报告、复验）", "edit the sampling (enter the report, the re-test)"), scope: .samplingList, hint: b("修改", "edit")),
        KeyBinding(keys: [.char("y")], command: .toggleSummary, help: b("年度汇总（按品种、检验机构）开/关", "year summary by product and lab on/off"), scope: .samplingList, hint: b("汇总", "summary")),
        KeyBinding(keys: [.char("[")], command: .previousYear, help: b("汇总：上一年", "summary: previous year"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("]")], command: .nextYear, help: b("汇总：下一年", "summary: next year"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("下一个品种", "next product"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上一个品种", "previous product"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.pageDown], command: .pageDown, help: b("下一页", "page down"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("第一个", "first"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("最后一个", "last"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.enter], command: .open, help: b("打开品种档案", "open the case"), scope: .coverage, hint: b("档案", "case")),
        KeyBinding(keys: [.char("a")], command: .addRecord, help: b("为所选品种安排检查（按所缺预填）", "schedule what the product lacks"), scope: .coverage, hint: b("安排", "add")),
        KeyBinding(keys: [.char("p")], command: .proposePlan, help: b("补缺计划：逐项审阅并采纳", "plan to close the gaps: review and accept"), scope: .coverage, hint: b("计划", "plan")),
        KeyBinding(keys: [.char("f")], command: .cycleProvince, help: b("只看某省（循环切换）", "narrow to one province (cycles)"), scope: .coverage, hint: b("省份", "province")),
        KeyBinding(keys: [.char("[")], command: .previousYear, help: b("上一年", "previous year"), scope: .coverage, hint: b("年", "year")),
        KeyBinding(keys: [.char("]")], command: .nextYear, help: b("下一年", "next year"), scope: .coverage, hint: nil),
        KeyBinding(keys: [.char("a")], command: .addRecord, help: b("新增品种（:add enterprise|site|staff|inspector 新增其他）", "add a product (:add enterprise|site|staff|inspector for the rest)"), scope: .productList, hint: b("新增", "add")),
        KeyBinding(keys: [.char("e")], command: .editRecord, help: b("修改品种", "edit the product"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char(">")], command: .advanceStage, help: b("推进到下一试点步骤（记录日期）", "record the next step of the pilot path"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("D")], command: .deleteRecord, help: b("删除品种（需确认；有引用时拒绝）", "delete the product (asks; refused while referred to)"), scope: .productList, hint: nil),
        KeyBinding(keys: [.char("e")], command: .editRecord, help: b("修改品种", "edit the product"), scope: .caseDetail, hint: b("修改", "edit")),
        KeyBinding(keys: [.char(">")], command: .advanceStage, help: b("记录试点步骤（默认下一步；跳步需理由）", "record a step of the pilot path (the next by default; others need a reason)"), scope: .caseDetail, hint: b("下一步", "next step")),
        KeyBinding(keys: [.char("<")], command: .stageBack, help: b("撤回最近一步（需理由）", "take back the last step (needs a reason)"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("D")], command: .deleteRecord, help: b("删除品种（需确认；有引用时拒绝）", "delete the product (asks; refused while referred to)"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.escape, .char("h"), .left], command: .back, help: b("返回列表（保留位置）", "back to the list (same position)"), scope: .caseDetail, hint: b("返回", "back")),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("向下滚动", "scroll down"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("向上滚动", "scroll up"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.pageDown, .char(" ")], command: .pageDown, help: b("下一页", "page down"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("顶部", "top"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("底部", "bottom"), scope: .caseDetail, hint: nil),
        KeyBinding(keys: [.char("t")], command: .keepTheirs, help: b("保留对方的版本，放弃我的修改", "keep theirs: discard your changes"), scope: .conflict, hint: b("保留对方", "keep theirs")),
        KeyBinding(keys: [.char("m")], command: .applyMine, help: b("把我改过的字段应用到对方的版本上，校验后保存", "apply mine: your changed fields onto their version, checked, then saved"), scope: .conflict, hint: b("应用我的", "apply mine")),
        KeyBinding(keys: [.char("e"), .escape], command: .keepEditing, help: b("继续编辑：回到表单（对方的版本加上我的修改）", "keep editing: back to the form (their version plus your changes)"), scope: .conflict, hint: b("继续编辑", "keep editing")),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("向下滚动", "scroll down"), scope: .conflict, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("向上滚动", "scroll up"), scope: .conflict, hint: nil),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .conflict, hint: b("帮助", "help")),
    ]

    /// Scopes active in a state, most specific first.
    public static func scopes(_ state: AppState) -> [KeyScope] {
        // The conflict overlay takes every key until a choice is made.
        if state.conflict != nil { return [.conflict] }
        if state.pane == .products {
            return state.products.detail != nil ? [.caseDetail, .global] : [.productList, .list, .global]
        }
        if state.pane == .calendar { return [.calendar, .global] }
        if state.pane == .sampling { return [.samplingList, .list, .global] }
        if state.pane == .coverage { return [.coverage, .global] }
        return [.list, .global]
    }

    public static func command(for key: Key, in state: AppState) -> Command? {
        for scope in scopes(state) {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding.command }
        }
        return nil
    }

    /// The bindings the help overlay lists for a state, most specific first.
    public static func help(for state: AppState) -> [KeyBinding] {
        scopes(state).flatMap { scope in bindings.filter { $0.scope == scope } }
    }

    /// "key label" pairs for the hint line.
    public static func hints(for state: AppState) -> [(key: String, label: Bilingual)] {
        help(for: state).compactMap { binding in
            guard let hint = binding.hint else { return nil }
            let keys = binding.command == .pane(.products) ? "1-4"
                : ([.previousMonth, .previousYear].contains(binding.command) ? "[ ]" : binding.keys.first!.label)
            return (keys, hint)
        }
    }
}
