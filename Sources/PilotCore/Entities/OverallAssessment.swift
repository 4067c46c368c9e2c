/// 综合评定: the inspecting unit's conclusion after assessing the rectification report.
public enum OverallAssessment: String, Hashable, Sendable, Codable, CaseIterable {
    case compliant
    case nonCompliant = "non-compliant"

    public var label: Bilingual {
        switch self {
        case .compliant: return Bilingual(zh: "符合要求", en: "compliant")
        case .nonCompliant: return Bilingual(zh: "不符合要求", en: "non-compliant")
        }
    }
}
