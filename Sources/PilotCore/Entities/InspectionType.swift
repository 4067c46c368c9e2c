public enum InspectionType: String, Hashable, Sendable, Codable, CaseIterable {
    case fullGMP = "full-gmp"
    case licensing
    case routine
    case forCause = "for-cause"
    case other

    public var label: Bilingual {
        switch self {
        case .fullGMP: return Bilingual(zh: "全体系GMP符合性检查", en: "full-system GMP")
        case .licensing: return Bilingual(zh: "许可检查", en: "licensing")
        case .routine: return Bilingual(zh: "常规检查", en: "routine")
        case .forCause: return Bilingual(zh: "有因检查", en: "for-cause")
        case .other: return Bilingual(zh: "其他检查", en: "other")
        }
    }
}
