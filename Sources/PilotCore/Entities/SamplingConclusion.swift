public enum SamplingConclusion: String, Hashable, Sendable, Codable, CaseIterable {
    case pass, fail, pending

    public var label: Bilingual {
        switch self {
        case .pass: return Bilingual(zh: "符合规定", en: "pass")
        case .fail: return Bilingual(zh: "不符合规定", en: "fail")
        case .pending: return Bilingual(zh: "检验中", en: "pending")
        }
    }
}
