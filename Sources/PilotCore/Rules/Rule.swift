/// The pilot's rules (DESIGN §2, from the work plan) and the record checks, as data.
public struct Rule: Hashable, Sendable, Codable {
    public let id: String
    /// Work-plan section(s) the rule comes from.
    public let section: String
    public let title: Bilingual

    public static let scope = Rule(
        id: "R1", section: "二(三)",
        title: Bilingual(
            zh: "试点品种应属试点范围", en: "Basis within the pilot's scope"))
    public static let contractExperience = Rule(
        id: "R2", section: "二(二)",
        title: Bilingual(
            zh: "受托生产企业具有三年以上生物制品商业化生产经验", en: "Contract manufacturer has ≥ 3 years of commercial biologics production"))
    public static let unifiedQualitySystem = Rule(
        id: "R3", section: "二(二)",
        title: Bilingual(
            zh: "持有人及受托生产企业执行统一的质量管理体系", en: "Holder and contract sites run one unified quality system"))
    public static let liability = Rule(
        id: "R4", section: "二(二)、四(二)",
        title: Bilingual(
            zh: "持有人具备责任赔偿能力", en: "Holder has liability-compensation capacity on record"))
    public static let applicationDeadline = Rule(
        id: "R5", section: "三(一)",
        title: Bilingual(
            zh: "2025年12月31日前提出试点申请", en: "Application reached the provincial regulator by 2025-12-31"))
    public static let jointPlan = Rule(
        id: "R6", section: "三(一)",
        title: Bilingual(
            zh: "跨省分段生产由各相关省局会同研究试点方案", en: "Cross-province plan studied jointly with each partner province's regulator"))
    public static let approvalOrder = Rule(
        id: "R7", section: "三(一)、三(二)",
        title: Bilingual(
            zh: "省政府审核同意后报送国家药监局；国家药监局确认后方可许可、生产",
            en: "Government approval before NMPA submission; NMPA confirmation before licensing and production"))
    public static let residentStaff = Rule(
        id: "R8", section: "四(二)",
        title: Bilingual(
            zh: "在产期间每个受托生产企业驻厂技术人员不少于两名", en: "≥ 2 resident technical staff at each contract site while in production"))
    public static let documentAddresses = Rule(
        id: "R9", section: "五(一)",
        title: Bilingual(
            zh: "许可证、注册证书及制造及检定规程载明原液和制剂生产地址",
            en: "Licence, registration certificate and procedures name both drug-substance and drug-product addresses"))
    public static let annualCoverage = Rule(
        id: "R10", section: "五(二)",
        title: Bilingual(
            zh: "年度全覆盖检查和抽检，每年不少于一次全体系GMP符合性检查",
            en: "Yearly full-coverage inspection and sampling, at least one full-system GMP inspection"))
    public static let pilotEnd = Rule(
        id: "R11", section: "二(四)、三(三)",
        title: Bilingual(
            zh: "试点于2026年12月31日结束，省局结束前综合企业评估形成试点工作总结",
            en: "Pilot ends 2026-12-31; the province's summary, built on each enterprise's assessment, is due before then"))
    public static let vaccines = Rule(
        id: "R12", section: "四(二)",
        title: Bilingual(
            zh: "疫苗分段生产还应符合《疫苗管理法》（批签发）", en: "Vaccines also under the Vaccine Administration Law (lot release)"))
    public static let conflictOfInterest = Rule(
        id: "R13", section: "六(三)",
        title: Bilingual(
            zh: "检查人员回避利益冲突", en: "Inspectors avoid conflicts of interest"))

    // Deadlines cite their regulation; the number comes from the rule in force (`Deadlines`), not the title.
    public static let rectificationDeadline = Rule(
        id: "deadline.rectification", section: "《药品检查管理办法（试行）》",
        title: Bilingual(
            zh: "整改报告期限", en: "Rectification report due"))
    public static let assessmentDeadline = Rule(
        id: "deadline.assessment", section: "《药品检查管理办法（试行）》",
        title: Bilingual(
            zh: "综合评定期限", en: "Overall assessment due"))
    public static let samplingReportDeadline = Rule(
        id: "deadline.sampling-report", section: "《药品质量抽查检验管理办法》",
        title: Bilingual(
            zh: "检验报告期限", en: "Lab report due"))
    /// Sampled under 五(二); what a 不符合规定 result entails (re-test, follow-up) is the 办法's.
    public static let failedSampling = Rule(
        id: "sampling.failed", section: "五(二)、《药品质量抽查检验管理办法》",
        title: Bilingual(
            zh: "抽检不符合规定", en: "Sampling failed"))
    /// The check digit comes from the national coding standard (GB 32100), not from the work plan.
    public static let creditCode = Rule(
        id: "enterprise.credit-code", section: "《法人和其他组织统一社会信用代码编码规则》",
        title: Bilingual(
            zh: "统一社会信用代码校验", en: "Unified social credit code check"))
    /// A scheduling fact about the 五(二) inspections (六(三) is conflicts of interest, rule 13).
    public static let doubleBooking = Rule(
        id: "inspection.double-booking", section: "五(二)",
        title: Bilingual(
            zh: "检查员日程冲突", en: "Inspector booked twice"))
    /// Who inspects: a team of at least two (the 管理办法's), and the partner province present for a site in its territory.
    public static let inspectionTeam = Rule(
        id: "inspection.team", section: "三(一)、五(二)、《药品检查管理办法（试行）》",
        title: Bilingual(
            zh: "检查组组成", en: "Inspection team"))
    /// The pilot's premise: drug substance and drug product made in separate segments.
    public static let segmented = Rule(
        id: "product.segmented", section: "二(二)",
        title: Bilingual(
            zh: "原液与制剂分段生产", en: "Drug substance and drug product made in segments"))
    /// An open measure past its deadline: the deadline is the law's (查封、扣押, 药品管理法 第一百条) or the decision's.
    public static let measureOverdue = Rule(
        id: "measure.overdue", section: "《药品管理法》",
        title: Bilingual(
            zh: "风险控制措施逾期", en: "Risk-control measure overdue"))
    /// 五(二) has the province accept enterprises' commissioned testing (积极接受企业的委托检验) as part of its
    /// supervision: a failed result is a quality signal to act on, though it never counts as a sampling.
    public static let commissionedFailed = Rule(
        id: "commissioned.failed", section: "五(二)",
        title: Bilingual(
            zh: "委托检验结果处置", en: "Acting on commissioned tests"))
    public static let references = Rule(
        id: "reference", section: "—",
        title: Bilingual(
            zh: "记录引用", en: "Record references"))
    public static let caseCompleteness = Rule(
        id: "case.incomplete", section: "三(一)",
        title: Bilingual(
            zh: "一品一策档案完整", en: "Case file complete (一品一策)"))

    /// The 13 rules of the pilot, in order.
    public static let pilotRules: [Rule] = [
        .scope, .contractExperience, .unifiedQualitySystem, .liability, .applicationDeadline, .jointPlan,
        .approvalOrder, .residentStaff, .documentAddresses, .annualCoverage, .pilotEnd, .vaccines, .conflictOfInterest,
    ]

    public static let recordChecks: [Rule] = [
        .rectificationDeadline, .assessmentDeadline, .samplingReportDeadline, .failedSampling, .creditCode, .doubleBooking,
        .inspectionTeam, .segmented, .references, .caseCompleteness, .measureOverdue, .commissionedFailed,
    ]

    public static let catalog: [Rule] = pilotRules + recordChecks

    /// The pilot's fixed dates (work plan 一, 三(一)).
    public static let applicationCutoff = CivilDate(year: 2025, month: 12, day: 31)!
    public static let pilotEndDate = CivilDate(year: 2026, month: 12, day: 31)!
}
