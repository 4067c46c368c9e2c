/// Steps of a product's path through the pilot (work plan 三), in order.
public enum PilotStage: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case application
    case provincialSelection = "provincial-selection"
    case provincialPlan = "provincial-plan"
    case governmentApproval = "government-approval"
    case nmpaSubmission = "nmpa-submission"
    case nmpaConfirmation = "nmpa-confirmation"
    case licence
    case marketingAuthorisation = "marketing-authorisation"
    case inProduction = "in-production"
    /// The enterprise's own assessment of the pilot (企业评估, 三(三)), which the province's summary is built on.
    /// Stores before it read their per-product "summary" step as this one: the product's part of the summary.
    case enterpriseAssessment = "enterprise-assessment"

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let stage = PilotStage(rawValue: text == "summary" ? PilotStage.enterpriseAssessment.rawValue : text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unknown stage \(text)"))
        }
        self = stage
    }

    /// Kept once: `allCases` builds a new array on every call, and the approval-order rule compares stages
    /// dozens of times per product.
    static let inOrder = allCases

    public var order: Int { PilotStage.inOrder.firstIndex(of: self)! }

    public static func < (a: PilotStage, b: PilotStage) -> Bool { a.order < b.order }

    public var label: Bilingual {
        switch self {
        case .application: return Bilingual(zh: "提出试点申请", en: "application")
        case .provincialSelection: return Bilingual(zh: "省局初步遴选", en: "provincial selection")
        case .provincialPlan: return Bilingual(zh: "试点方案及质量监管方案", en: "provincial plan")
        case .governmentApproval: return Bilingual(zh: "省级人民政府审核同意", en: "provincial government approval")
        case .nmpaSubmission: return Bilingual(zh: "报送国家药监局", en: "submitted to NMPA")
        case .nmpaConfirmation: return Bilingual(zh: "国家药监局确认", en: "NMPA confirmation")
        case .licence: return Bilingual(zh: "生产许可核发或变更", en: "licence issued or changed")
        case .marketingAuthorisation: return Bilingual(zh: "上市许可或上市后变更", en: "marketing authorisation or variation")
        case .inProduction: return Bilingual(zh: "在产", en: "in production")
        case .enterpriseAssessment: return Bilingual(zh: "企业评估", en: "enterprise assessment")
        }
    }
}
