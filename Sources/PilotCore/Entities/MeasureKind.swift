/// The kinds of risk-control measure (风险控制措施) a regulator takes after a finding, with the article of
/// 《药品管理法》 that gives each.
public enum MeasureKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 告诫 (第九十九条).
    case warning
    /// 约谈 (第九十九条).
    case interview
    /// 限期整改 (第九十九条): rectification by a deadline the decision sets.
    case rectification
    /// 暂停生产 (第九十九条).
    case suspendProduction = "suspend-production"
    /// 暂停销售 (第九十九条).
    case suspendSales = "suspend-sales"
    /// 暂停使用 (第九十九条).
    case suspendUse = "suspend-use"
    /// 责令召回 (第八十二条).
    case recall
    /// 查封、扣押 (第一百条): the decision on what was sealed or seized is due within a period the law sets.
    case sealSeize = "seal-seize"
    /// 立案调查.
    case investigation
    /// 行政处罚.
    case penalty
    /// 移送 (to another authority, or to the public security organs).
    case referral

    public var label: Bilingual {
        switch self {
        case .warning: Bilingual(zh: "告诫", en: "warning")
        case .interview: Bilingual(zh: "约谈", en: "interview")
        case .rectification: Bilingual(zh: "限期整改", en: "rectification by a deadline")
        case .suspendProduction: Bilingual(zh: "暂停生产", en: "production suspended")
        case .suspendSales: Bilingual(zh: "暂停销售", en: "sales suspended")
        case .suspendUse: Bilingual(zh: "暂停使用", en: "use suspended")
        case .recall: Bilingual(zh: "责令召回", en: "recall ordered")
        case .sealSeize: Bilingual(zh: "查封、扣押", en: "sealed or seized")
        case .investigation: Bilingual(zh: "立案调查", en: "case opened")
        case .penalty: Bilingual(zh: "行政处罚", en: "administrative penalty")
        case .referral: Bilingual(zh: "移送", en: "referred")
        }
    }

    /// The law the measure rests on.
    public var basis: Bilingual {
        switch self {
        case .warning, .interview, .rectification, .suspendProduction, .suspendSales, .suspendUse:
            Bilingual(zh: "《药品管理法》第九十九条", en: "Drug Administration Law, art. 99")
        case .recall: Bilingual(zh: "《药品管理法》第八十二条", en: "Drug Administration Law, art. 82")
        case .sealSeize: Bilingual(zh: "《药品管理法》第一百条", en: "Drug Administration Law, art. 100")
        case .investigation, .penalty: Bilingual(zh: "《行政处罚法》", en: "Administrative Penalty Law")
        case .referral: Bilingual(zh: "《行政处罚法》第二十七条", en: "Administrative Penalty Law, art. 27")
        }
    }

    /// Who owes the measure's deadline. The enterprise carries out 限期整改, 暂停生产/销售/使用, 召回 and attends
    /// 约谈; the regulator owes its own act: the 查封、扣押 decision within the statutory period, the investigation,
    /// the penalty decision, the hand-over (移送), and 告诫, which is its warning to deliver.
    public var owedBy: MeasureParty {
        switch self {
        case .interview, .rectification, .suspendProduction, .suspendSales, .suspendUse, .recall: .enterprise
        case .warning, .sealSeize, .investigation, .penalty, .referral: .regulator
        }
    }

    /// Whether the law sets the deadline (so it is computed, not entered).
    public var hasStatutoryDeadline: Bool { self == .sealSeize }
}
