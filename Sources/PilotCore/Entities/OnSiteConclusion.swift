public enum OnSiteConclusion: String, Hashable, Sendable, Codable, CaseIterable {
    case compliant
    case pendingRectification = "pending-rectification"
    case nonCompliant = "non-compliant"

    public var label: Bilingual {
        switch self {
        case .compliant: return Bilingual(zh: "符合要求", en: "compliant")
        case .pendingRectification: return Bilingual(zh: "待整改后评定", en: "assess after rectification")
        case .nonCompliant: return Bilingual(zh: "不符合要求", en: "non-compliant")
        }
    }
}
