import PilotCore

extension Keymap {
    /// The sampling list: filter, matches, sort, add and edit, the year summary.
    static let samplingList: [KeyBinding] = [
        KeyBinding(
            keys: [.char("/")], command: .filter,
            help: b("边输边筛选（品种、检验机构、批号、结论、年份）", "filter as you type (product, lab, batch, result, year)"), scope: .samplingList,
            hint: b("筛选", "filter")),
        KeyBinding(keys: [.escape], command: .clearFilter, help: b("清除筛选", "clear the filter"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("n")], command: .nextMatch, help: b("下一个匹配", "next match"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("N")], command: .previousMatch, help: b("上一个匹配", "previous match"), scope: .samplingList, hint: nil),
        KeyBinding(
            keys: [.char("s")], command: .cycleSort, help: b("切换排序（日期、品种、检验机构、结论）", "cycle the sort (date, product, lab, result)"),
            scope: .samplingList, hint: b("排序", "sort")),
        KeyBinding(keys: [.char("a")], command: .addRecord, help: b("新增抽检", "add a sampling"), scope: .samplingList, hint: b("新增", "add")),
        KeyBinding(
            keys: [.char("e"), .enter], command: .editRecord,
            help: b("修改所选抽检（录入报告、复验）", "edit the sampling (enter the report, the re-test)"), scope: .samplingList, hint: b("修改", "edit")),
        KeyBinding(
            keys: [.char("D")], command: .deleteRecord,
            help: b("作废所选抽检（需填写理由；记录保留，不再计入）", "void the sampling (asks a reason; kept, no longer counted)"),
            scope: .samplingList, hint: nil),
        KeyBinding(
            keys: [.char("m")], command: .addMeasure,
            help: b("对所选抽检新增风险控制措施", "add a risk-control measure answering the sampling"), scope: .samplingList, hint: nil),
        KeyBinding(
            keys: [.char("y")], command: .toggleSummary, help: b("年度汇总（按品种、检验机构）开/关", "year summary by product and lab on/off"),
            scope: .samplingList, hint: b("汇总", "summary")),
        KeyBinding(
            keys: [.char("w")], command: .toggleCommissioned,
            help: b("切换：监督抽检 / 委托检验台账（委托检验不计入抽检）", "switch: supervisory samplings / commissioned-testing log (never counted as sampling)"),
            scope: .samplingList, hint: b("委托", "commissioned")),
        KeyBinding(
            keys: [.char("[")], command: .previousYear, help: b("汇总：上一年", "summary: previous year"), scope: .samplingList, hint: nil),
        KeyBinding(keys: [.char("]")], command: .nextYear, help: b("汇总：下一年", "summary: next year"), scope: .samplingList, hint: nil),
    ]
}
