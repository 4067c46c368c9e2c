import PilotCore

/// The key tables of the overlays. Help, log, plan review, confirm and the inspection card are dispatched
/// through them; the form and the text prompts take every other key as typing, so their tables say what the
/// keys that are not typing do, for `?` and the tests.
extension Keymap {
    static let help: [KeyBinding] = [
        KeyBinding(
            keys: [.escape, .char("?"), .char("q"), .enter], command: .close, help: b("关闭帮助", "close the help"), scope: .help, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("帮助向下滚动", "scroll the help down"), scope: .help, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("帮助向上滚动", "scroll the help up"), scope: .help, hint: nil),
        KeyBinding(keys: [.pageDown, .char(" ")], command: .pageDown, help: b("帮助下一页", "help: page down"), scope: .help, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("帮助上一页", "help: page up"), scope: .help, hint: nil),
    ]

    static let prompt: [KeyBinding] = [
        KeyBinding(keys: [.enter], command: .accept, help: b("确认输入", "confirm what was typed"), scope: .prompt, hint: nil),
        KeyBinding(keys: [.escape], command: .close, help: b("取消（筛选：清除）", "cancel (a filter: clear it)"), scope: .prompt, hint: nil),
        KeyBinding(
            keys: [.up, .down], command: .down, help: b("筛选时移动所选行", "while filtering: move the selection"), scope: .prompt, hint: nil),
    ]

    static let confirm: [KeyBinding] = [
        KeyBinding(keys: [.char("y"), .char("Y")], command: .accept, help: b("是，执行", "yes, go ahead"), scope: .confirm, hint: nil),
        KeyBinding(
            keys: [.char("n"), .char("N"), .escape, .char("q")], command: .decline, help: b("否，取消", "no, cancel"), scope: .confirm,
            hint: nil),
    ]

    static let form: [KeyBinding] = [
        KeyBinding(keys: [.tab, .down], command: .down, help: b("下一个字段", "next field"), scope: .form, hint: nil),
        KeyBinding(keys: [.backTab, .up], command: .up, help: b("上一个字段", "previous field"), scope: .form, hint: nil),
        KeyBinding(
            keys: [.left, .right, .char(" ")], command: .cycleChoice, help: b("切换选项（Space 勾选）", "change a choice (Space ticks a box)"),
            scope: .form, hint: nil),
        KeyBinding(
            keys: [.enter], command: .accept,
            help: b("校验并保存（列表字段：打开列表，输入即搜索）", "check and save (on a list field: open the list; typing searches it)"),
            scope: .form, hint: nil),
        KeyBinding(keys: [.escape], command: .close, help: b("放弃表单", "discard the form"), scope: .form, hint: nil),
    ]

    /// Typing (letters, digits, Chinese) searches the list; these are the keys that are not typing.
    static let picker: [KeyBinding] = [
        KeyBinding(keys: [.down], command: .down, help: b("下一项", "next entry"), scope: .picker, hint: nil),
        KeyBinding(keys: [.up], command: .up, help: b("上一项", "previous entry"), scope: .picker, hint: nil),
        KeyBinding(keys: [.pageDown], command: .pageDown, help: b("下一页", "page down"), scope: .picker, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .picker, hint: nil),
        KeyBinding(
            keys: [.char(" ")], command: .cycleChoice, help: b("勾选或取消（可多选时）", "tick or untick (where several can be chosen)"),
            scope: .picker, hint: nil),
        KeyBinding(keys: [.enter], command: .accept, help: b("选定并返回表单", "choose and go back to the form"), scope: .picker, hint: nil),
        KeyBinding(keys: [.escape], command: .close, help: b("不选，返回表单", "go back to the form unchanged"), scope: .picker, hint: nil),
    ]

    static let log: [KeyBinding] = [
        KeyBinding(
            keys: [.escape, .char("q")], command: .close,
            help: b("关闭（先清除筛选；从条目详情返回列表）", "close (first clears a filter; from an entry, back to the list)"),
            scope: .log, hint: nil),
        KeyBinding(
            keys: [.enter], command: .open,
            help: b("打开所选条目的完整记录（再按返回；其他列表：关闭）", "open the selected entry's whole record (again: back; other lists: close)"),
            scope: .log, hint: nil),
        KeyBinding(
            keys: [.char("/")], command: .filter, help: b("筛选：只显示含该文字的条目", "filter: only entries containing the text"), scope: .log,
            hint: nil),
        KeyBinding(
            keys: [.char("j"), .down], command: .down, help: b("下一条（或向下滚动）", "next entry (or scroll down)"), scope: .log, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上一条（或向上滚动）", "previous entry (or scroll up)"), scope: .log, hint: nil),
        KeyBinding(keys: [.pageDown, .char(" ")], command: .pageDown, help: b("下一页", "page down"), scope: .log, hint: nil),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: b("上一页", "page up"), scope: .log, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("顶部", "top"), scope: .log, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("底部", "bottom"), scope: .log, hint: nil),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .log, hint: nil),
    ]

    static let planReview: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("下一项", "next proposal"), scope: .planReview, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上一项", "previous proposal"), scope: .planReview, hint: nil),
        KeyBinding(
            keys: [.enter, .char("y")], command: .accept, help: b("采纳所选", "accept the selected proposal"), scope: .planReview, hint: nil),
        KeyBinding(keys: [.char("A")], command: .acceptAll, help: b("全部采纳", "accept them all"), scope: .planReview, hint: nil),
        KeyBinding(keys: [.char("x")], command: .skip, help: b("跳过所选", "skip the selected proposal"), scope: .planReview, hint: nil),
        KeyBinding(keys: [.escape, .char("q")], command: .close, help: b("关闭计划", "close the plan"), scope: .planReview, hint: nil),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .planReview, hint: nil),
    ]

    /// Any other key closes the card and acts on the calendar.
    static let inspectionCard: [KeyBinding] = [
        KeyBinding(
            keys: [.escape, .enter, .char("q")], command: .close, help: b("关闭检查卡片", "close the inspection card"), scope: .inspectionCard,
            hint: nil),
        KeyBinding(
            keys: [.char("m")], command: .addMeasure,
            help: b("对该检查新增风险控制措施", "add a risk-control measure answering this inspection"), scope: .inspectionCard, hint: nil),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .inspectionCard, hint: nil),
    ]

    /// Any key closes a notice; these are listed for `?`.
    static let notice: [KeyBinding] = [
        KeyBinding(
            keys: [.escape, .enter, .char(" ")], command: .close, help: b("关闭消息（任意键均可）", "close the message (any key does)"),
            scope: .notice, hint: nil)
    ]
}
