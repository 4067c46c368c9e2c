import PilotCore

/// Every string the dashboard shows, in both languages side by side so none can be missing in one.
/// Domain terms keep their Chinese form in the English UI as "English (中文)", wherever space allows.
public enum Strings {
    /// A domain term: the Chinese alone in the Chinese UI, "English (中文)" in the English UI.
    public static func term(_ t: Bilingual, _ language: Language) -> String {
        Bilingual(zh: t.zh, en: "\(t.en) (\(t.zh))")[language]
    }

    public static let paneProducts = Bilingual(zh: "试点品种", en: "Products")
    public static let paneCalendar = Bilingual(zh: "检查日历", en: "Inspection calendar")
    public static let paneSampling = Bilingual(zh: "抽检结果", en: "Sampling results")
    public static let paneCoverage = Bilingual(zh: "年度覆盖", en: "Annual coverage")

    // MARK: - Product list columns
    public static let columnID = Bilingual(zh: "编号", en: "ID")
    public static let columnName = Bilingual(zh: "品种", en: "Product")
    public static let columnType = Bilingual(zh: "类型", en: "Type")
    public static let columnHolder = Bilingual(zh: "持有人", en: "Holder")
    public static let columnProvince = Bilingual(zh: "牵头省份", en: "Province")
    public static let columnStage = Bilingual(zh: "阶段", en: "Stage")
    public static let columnFindings = Bilingual(zh: "问题", en: "Findings")
    public static let crossProvince = Bilingual(zh: "跨省", en: "cross-province")

    // MARK: - Record list columns
    public static let columnSegment = Bilingual(zh: "分段", en: "Segment")
    public static let columnBatch = Bilingual(zh: "批号", en: "Batch")
    public static let columnSampledOn = Bilingual(zh: "抽样日期", en: "Sampled")
    public static let columnLab = Bilingual(zh: "检验机构", en: "Lab")
    public static let columnConclusion = Bilingual(zh: "结论", en: "Result")
    public static let columnRetest = Bilingual(zh: "复验", en: "Re-test")

    // MARK: - Sort keys
    public static let sortID = Bilingual(zh: "编号", en: "ID")
    public static let sortName = Bilingual(zh: "名称", en: "name")
    public static let sortProvince = Bilingual(zh: "省份", en: "province")
    public static let sortStage = Bilingual(zh: "阶段", en: "stage")
    public static let sortFindings = Bilingual(zh: "问题数", en: "findings")
    public static let sortedBy = Bilingual(zh: "排序：", en: "sorted by ")

    // MARK: - Case detail
    public static let sectionSegments = Bilingual(zh: "分段生产", en: "Segments")
    public static let sectionEnterprises = Bilingual(zh: "持有人与受托生产企业", en: "Holder and contract manufacturers")
    public static let sectionStages = Bilingual(zh: "试点进程", en: "Path through the pilot")
    public static let sectionStaff = Bilingual(zh: "驻厂人员", en: "Resident staff (驻厂人员)")
    public static let sectionRisk = Bilingual(zh: "风险评级", en: "Risk rating")
    public static let sectionFindings = Bilingual(zh: "规则检查", en: "Rule findings")
    public static let sectionInspections = Bilingual(zh: "检查", en: "Inspections")
    public static let sectionSamplings = Bilingual(zh: "抽检", en: "Samplings (抽检)")
    public static let holder = Bilingual(zh: "持有人", en: "holder (持有人)")
    public static let contractManufacturer = Bilingual(zh: "受托生产企业", en: "contract manufacturer (受托生产企业)")
    public static let licence = Bilingual(zh: "许可证", en: "licence")
    public static let validUntil = Bilingual(zh: "有效期至", en: "valid until")
    public static let biologicsYears = Bilingual(zh: "生物制品商业化生产", en: "biologics since")
    public static let years = Bilingual(zh: "年", en: "years")
    public static let notRecorded = Bilingual(zh: "未登记", en: "not recorded")
    public static let basisNotRecorded = Bilingual(zh: "试点依据未登记", en: "basis not recorded")
    public static let jointPlan = Bilingual(zh: "跨省会同研究试点方案", en: "Joint plan (会同研究)")
    public static let documentsNameBoth = Bilingual(zh: "载明原液和制剂企业及地址", en: "Name both DS and DP sites")
    public static let notChecked = Bilingual(zh: "未核对", en: "not checked")
    public static let intrinsicRisk = Bilingual(zh: "固有风险", en: "intrinsic")
    public static let complianceRisk = Bilingual(zh: "合规风险", en: "compliance")
    public static let relativeRisk = Bilingual(zh: "相对风险", en: "relative")
    public static let none = Bilingual(zh: "无", en: "none")
    public static let noStaffNeeded = Bilingual(zh: "无受托生产场地", en: "no contract site")
    public static let stationedSince = Bilingual(zh: "驻厂自", en: "since")
    public static let until = Bilingual(zh: "至", en: "until")
    public static let planRef = Bilingual(zh: "一品一策", en: "plan (一品一策)")

    // MARK: - Calendar

    /// Monday first, as ISO weeks count: the month grid's column heads and the day heading's weekday.
    public static let weekdayInitials = zip(["一", "二", "三", "四", "五", "六", "日"], englishWeekdays)
        .map { Bilingual(zh: $0, en: $1) }
    public static let weekdays = zip(["周一", "周二", "周三", "周四", "周五", "周六", "周日"], englishWeekdays)
        .map { Bilingual(zh: $0, en: $1) }
    private static let englishWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    // MARK: - Hints, help, prompts, status
    public static let helpTitle = Bilingual(zh: "按键帮助", en: "Keys")
    public static let helpFooter = Bilingual(zh: "按 Esc 或 ? 关闭", en: "Esc or ? closes")
    public static let matches = Bilingual(zh: "匹配", en: "matches")
    public static let noMatches = Bilingual(zh: "无匹配的品种", en: "No product matches")
    public static let noProductsYet = Bilingual(
        zh: "尚无试点品种：按 a 新增品种，:add enterprise 新增企业，或 :import products 文件 导入本省台账",
        en: "No products yet: a adds one, :add enterprise an enterprise, :import products FILE a province's sheet")
    /// Short enough for the status line at 80 columns: a sampling is recorded against a product.
    public static let addProductFirst = Bilingual(zh: "请先新增品种：1 试点品种，按 a", en: "add a product first: 1 Products, then a")
    public static let overdue = Bilingual(zh: "逾期", en: "overdue")
    public static let emptyList = Bilingual(zh: "（无记录）", en: "(no records)")
    public static let store = Bilingual(zh: "数据", en: "store")
    public static let user = Bilingual(zh: "用户", en: "user")
    public static let today = Bilingual(zh: "今天", en: "today")
    public static let readOnly = Bilingual(zh: "只读", en: "read-only")
    /// In the status line while the store's database cannot be reached (saves are refused meanwhile).
    public static let disconnected = Bilingual(zh: "数据库未连接", en: "offline")
    public static let tooSmall = Bilingual(zh: "终端窗口太小", en: "Terminal too small")
    public static let tooSmallNeed = Bilingual(zh: "至少需要 40×12，当前", en: "needs at least 40×12, now")
    public static let unknownCommand = Bilingual(zh: "未知命令", en: "unknown command")
    public static let commandsAvailable = Bilingual(zh: "可用命令：", en: "commands: ")
    public static let confirmYesNo = Bilingual(zh: "（y 确认 / n 取消）", en: "(y yes / n no)")
    public static let confirmCompact = Bilingual(zh: "重写 store.json 快照？", en: "Rewrite the store.json snapshot?")
    public static let compacted = Bilingual(zh: "快照已重写", en: "snapshot rewritten")
    public static let cancelled = Bilingual(zh: "已取消", en: "cancelled")
    public static let messagesTitle = Bilingual(zh: "本次会话的消息", en: "Messages of this session")
    public static let nothingToUndo = Bilingual(zh: "没有可撤销的修改", en: "nothing to undo")
    public static let nothingToRedo = Bilingual(zh: "没有可重做的修改", en: "nothing to redo")
    public static let noLogEntries = Bilingual(zh: "（没有符合条件的日志记录）", en: "(no journal entries match)")
    static let commandsHeading = Bilingual(zh: "命令（: 后输入，Tab 补全）", en: "commands (type after :, Tab completes)")
    static let importResultTitle = Bilingual(zh: "导入结果", en: "Import result")
    static let undoListTitle = Bilingual(zh: "撤销与重做（本次会话）", en: "Undo and redo (this session)")
    public static let goToDatePrompt = Bilingual(zh: "跳转到日期：", en: "go to date: ")
    public static let refusedReadOnly = Bilingual(zh: "只读模式，不能修改数据", en: "read-only: changes are refused")
    public static let reloaded = Bilingual(zh: "已载入其他用户的修改", en: "loaded changes made by others")
    public static let noChanges = Bilingual(zh: "没有修改", en: "no changes")
    public static let storeFree = Bilingual(zh: "存储已不再被占用", en: "the store is free again")
    public static let languageSet = Bilingual(zh: "界面语言：中文", en: "language: English")
    public static let welcome = Bilingual(zh: "按 ? 查看按键", en: "press ? for keys")
    public static let caseOf = Bilingual(zh: "品种档案", en: "Case")

    // MARK: - Records

    /// The overall assessment (综合评定) in a short line.
    static let assessmentShort = Bilingual(zh: "评定", en: "assessment")

    /// A kind of record as the users name it (titles of forms and of the conflict overlay).
    public static func kindName(_ kind: EntityKind) -> Bilingual {
        switch kind {
        case .enterprise: return Bilingual(zh: "企业", en: "enterprise")
        case .site: return Bilingual(zh: "生产场地", en: "site")
        case .product: return Bilingual(zh: "试点品种", en: "product")
        case .staff: return Bilingual(zh: "驻厂人员", en: "resident staff")
        case .inspector: return Bilingual(zh: "检查员", en: "inspector")
        case .inspection: return Bilingual(zh: "检查", en: "inspection")
        case .sampling: return Bilingual(zh: "抽检", en: "sampling")
        case .setting: return Bilingual(zh: "设置", en: "setting")
        case .measure: return Bilingual(zh: "风险控制措施", en: "risk-control measure")
        }
    }
}

extension Strings {
    // MARK: - Risk-control measures (风险控制措施)

    static let measureDue = Bilingual(zh: "期限", en: "due")
    static let measureAwaitingReport = Bilingual(zh: "待检验报告", en: "awaiting the test report")
    static let measureNoDeadline = Bilingual(zh: "未定期限", en: "no deadline")
    /// A seizure's decision is counted in working days, a deadline entered in calendar days.
    static func measureOverdue(_ days: Int, workingDays: Bool) -> Bilingual {
        workingDays
            ? Bilingual(zh: "逾期 \(days) 个工作日", en: "\(days) working days overdue")
            : Bilingual(zh: "逾期 \(days) 天", en: "\(days) days overdue")
    }
    static let measureChooseFinding = Bilingual(
        zh: "先用 n/N 选中一项检查或抽检，再按 m", en: "select an inspection or sampling with n/N first, then press m")
    static let measureNotSelected = Bilingual(zh: "先用 n/N 选中一项措施", en: "select a measure with n/N first")
}
