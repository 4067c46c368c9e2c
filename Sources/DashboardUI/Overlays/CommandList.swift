import PilotCore

/// Every `:` command with what it does: `?` lists them, Tab completes their names, and an unknown command
/// names them. One list, so help and completion cannot disagree.
enum CommandList {
    static let all: [(usage: String, help: Bilingual)] = [
        ("q", Bilingual(zh: "退出", en: "quit")),
        ("help", Bilingual(zh: "按键帮助", en: "this help")),
        ("lang zh|en", Bilingual(zh: "界面语言", en: "interface language")),
        ("filter TEXT", Bilingual(zh: "筛选试点品种", en: "filter the products")),
        ("add KIND", Bilingual(zh: "新增企业、场地、品种、驻厂人员或检查员", en: "add an enterprise, site, product, resident staff or inspector")),
        ("edit KIND ID", Bilingual(zh: "修改记录", en: "edit a record")),
        ("delete KIND ID", Bilingual(zh: "删除记录（先询问）", en: "delete a record (asks first)")),
        (
            "log [all|user NAME|since DATE|until DATE|#REV]",
            Bilingual(zh: "审计日志：所选记录，或按人、按日期", en: "audit trail: the selected record, or by who and when")
        ),
        ("messages", Bilingual(zh: "本次会话的全部消息", en: "every message of this session")),
        ("undo", Bilingual(zh: "撤销自己的上一次修改", en: "undo your last change")),
        ("redo", Bilingual(zh: "重做刚撤销的修改", en: "redo what was undone")),
        ("undo-list", Bilingual(zh: "可撤销与可重做的修改", en: "what can be undone and redone")),
        ("export ics PATH [--inspector ID]", Bilingual(zh: "检查日程导出为 iCalendar", en: "inspections as iCalendar")),
        ("export csv products|inspections|samplings PATH", Bilingual(zh: "导出 CSV", en: "a table as CSV")),
        (
            "report annual|sampling PATH [YEAR]",
            Bilingual(zh: "年度报告或抽检报告（按扩展名：md、csv、json）", en: "annual or sampling report (md, csv, json by extension)")
        ),
        ("report summary PATH", Bilingual(zh: "试点总结数据附件", en: "pilot summary appendix")),
        ("import samplings|products PATH", Bilingual(zh: "导入检验机构结果或品种表", en: "import a lab's results or a product sheet")),
        ("compact", Bilingual(zh: "重写数据快照（先询问）", en: "rewrite the store's snapshot (asks first)")),
    ]
}
