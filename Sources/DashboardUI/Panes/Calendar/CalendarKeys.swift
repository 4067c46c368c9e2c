import PilotCore

extension Keymap {
    /// The calendar: days, weeks and months, and changes to the selected inspection.
    static let calendar: [KeyBinding] = [
        KeyBinding(keys: [.char("h"), .left], command: .previousDay, help: b("前一天", "previous day"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("l"), .right], command: .nextDay, help: b("后一天", "next day"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .previousWeek, help: b("上一周", "previous week"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("j"), .down], command: .nextWeek, help: b("下一周", "next week"), scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("["), .pageUp], command: .previousMonth, help: b("上个月", "previous month"), scope: .calendar, hint: b("月", "month")),
        KeyBinding(keys: [.char("]"), .pageDown], command: .nextMonth, help: b("下个月", "next month"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("t")], command: .today, help: b("回到今天", "today"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char("g")], command: .goToDate, help: b("跳转到日期", "go to a date"), scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("n")], command: .nextMatch,
            help: b("当日下一项检查（负荷视图：下一位检查员）", "next inspection of the day (load view: next inspector)"), scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("N")], command: .previousMatch,
            help: b("当日上一项检查（负荷视图：上一位检查员）", "previous inspection (load view: previous inspector)"), scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.enter], command: .open, help: b("查看所选检查", "open the selected inspection"), scope: .calendar, hint: b("查看", "open")),
        KeyBinding(
            keys: [.char("a")], command: .addInspection, help: b("在所选日期安排检查", "schedule an inspection on the selected day"),
            scope: .calendar, hint: b("安排", "add")),
        KeyBinding(
            keys: [.char("e")], command: .editInspection, help: b("修改检查（日期、检查组）", "edit the inspection (dates, team)"), scope: .calendar,
            hint: nil),
        KeyBinding(keys: [.char("<")], command: .moveEarlier, help: b("提前一天", "move one day earlier"), scope: .calendar, hint: nil),
        KeyBinding(keys: [.char(">")], command: .moveLater, help: b("推后一天", "move one day later"), scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("s")], command: .advanceStatus,
            help: b("推进状态：计划→进行中→完成（录入缺陷与结论）", "advance: planned → in progress → completed (defects, conclusion)"), scope: .calendar,
            hint: b("状态", "status")),
        KeyBinding(
            keys: [.char("c")], command: .closeRectification, help: b("收到整改报告（记录日期）", "rectification report received (records its date)"),
            scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("x")], command: .cancelInspection, help: b("取消检查（需确认并填写理由）", "cancel the inspection (asks for a reason)"),
            scope: .calendar, hint: nil),
        KeyBinding(
            keys: [.char("i")], command: .toggleLoad, help: b("检查员负荷视图开/关", "inspector load view on/off"), scope: .calendar,
            hint: b("负荷", "load")),
    ]
}
