import PilotCore

/// Every string the dashboard shows, in both languages side by side so none can be missing in one.
/// Domain terms keep their Chinese form in the English UI as "English (中文)", wherever space allows.
public enum Strings {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    /// A domain term: the Chinese alone in the Chinese UI, "English (中文)" in the English UI.
    public static func term(_ t: Bilingual, _ language: Language) -> String {
        language == .zh ? t.zh : "\(t.en) (\(t.zh))"
    }

    public static let paneProducts = b("试点品种", "Products")
    public static let paneCalendar = b("检查日历", "Inspection calendar")
    public static let paneSampling = b("抽检结果", "Sampling results")
    public static let paneCoverage = b("年度覆盖", "Annual coverage")

    // Product list columns.
    public static let columnID = b("编号", "ID")
    public static let columnName = b("品种", "Product")
    public static let columnCategory = b("类别", "Category")
    public static let columnHolder = b("持有人", "Holder")
    public static let columnProvince = b("牵头省份", "Province")
    public static let columnStage = b("阶段", "Stage")
    public static let columnFindings = b("问题", "Findings")
    public static let crossProvince = b("跨省", "cross-province")

    // Record list columns.
    public static let columnSegment = b("分段", "Segment")
    public static let columnBatch = b("批号", "Batch")
    public static let columnSampledOn = b("抽样日期", "Sampled")
    public static let columnLab = b("检验机构", "Lab")
    public static let columnConclusion = b("结论", "Result")

    // Sort keys.
    public static let sortID = b("编号", "ID")
    public static let sortName = b("名称", "name")
    public static let sortProvince = b("省份", "province")
    public static let sortStage = b("阶段", "stage")
    public static let sortFindings = b("问题数", "findings")
    public static let sortedBy = b("排序：", "sorted by ")

    // Case detail.
    public static let sectionSegments = b("分段生产", "Segments")
    public static let sectionEnterprises = b("持有人与受托生产企业", "Holder and contract manufacturers")
    public static let sectionStages = b("试点进程", "Path through the pilot")
    public static let sectionStaff = b("驻厂人员", "Resident staff (驻厂人员)")
    public static let sectionRisk = b("风险评级", "Risk rating")
    public static let sectionFindings = b("规则检查", "Rule findings")
    public static let sectionInspections = b("检查", "Inspections")
    public static let sectionSamplings = b("抽检", "Samplings (抽检)")
    public static let holder = b("持有人", "holder (持有人)")
    public static let contractManufacturer = b("受托生产企业", "contract manufacturer (受托生产企业)")
    public static let licence = b("许可证", "licence")
    public static let biologicsYears = b("生物制品商业化生产", "biologics since")
    public static let years = b("年", "years")
    public static let notRecorded = b("未登记", "not recorded")
    public static let intrinsicRisk = b("固有风险", "intrinsic")
    public static let complianceRisk = b("合规风险", "compliance")
    public static let relativeRisk = b("相对风险", "relative")
    public static let none = b("无", "none")
    public static let noStaffNeeded = b("无受托生产场地", "no contract site")
    public static let stationedSince = b("驻厂自", "since")
    public static let until = b("至", "until")
    public static let planRef = b("一品一策", "plan (一品一策)")

    // Hints, help, prompts, status.
    public static let helpTitle = b("按键帮助", "Keys")
    public static let helpFooter = b("按 Esc 或 ? 关闭", "Esc or ? closes")
    public static let matches = b("匹配", "matches")
    public static let noMatches = b("无匹配的品种", "No product matches")
    public static let emptyList = b("（无记录）", "(no records)")
    public static let store = b("数据", "store")
    public static let user = b("用户", "user")
    public static let today = b("今天", "today")
    public static let readOnly = b("只读", "read-only")
    public static let tooSmall = b("终端窗口太小", "Terminal too small")
    public static let tooSmallNeed = b("至少需要 40×12，当前", "needs at least 40×12, now")
    public static let unknownCommand = b("未知命令", "unknown command")
    public static let commandsAvailable = b("可用命令：", "commands: ")
    public static let confirmYesNo = b("（y 确认 / n 取消）", "(y yes / n no)")
    public static let confirmCompact = b("重写 store.json 快照？", "Rewrite the store.json snapshot?")
    public static let compacted = b("快照已重写", "snapshot rewritten")
    public static let cancelled = b("已取消", "cancelled")
    public static let nothingToUndo = b("没有可撤销的修改", "nothing to undo")
    public static let goToDatePrompt = b("跳转到日期：", "go to date: ")
    public static let refusedReadOnly = b("只读模式，不能修改数据", "read-only: changes are refused")
    public static let reloaded = b("已载入其他用户的修改", "loaded changes made by others")
    public static let noChanges = b("没有修改", "no changes")
    public static let storeFree = b("存储已不再被占用", "the store is free again")
    public static let languageSet = b("界面语言：中文", "language: English")
    public static let welcome = b("按 ? 查看按键", "press ? for keys")
    public static let caseOf = b("品种档案", "Case")

    /// A kind of record as the users name it (titles of forms and of the conflict overlay).
    public static func kindName(_ kind: EntityKind) -> Bilingual {
        switch kind {
        case .enterprise: return b("企业", "enterprise")
        case .site: return b("生产场地", "site")
        case .product: return b("试点品种", "product")
        case .staff: return b("驻厂人员", "resident staff")
        case .inspector: return b("检查员", "inspector")
        case .inspection: return b("检查", "inspection")
        case .sampling: return b("抽检", "sampling")
        }
    }
}
