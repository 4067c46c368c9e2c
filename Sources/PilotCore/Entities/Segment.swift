public enum Segment: String, Hashable, Sendable, Codable, CaseIterable {
    case drugSubstance = "drug-substance"
    case drugProduct = "drug-product"

    public var label: Bilingual {
        switch self {
        case .drugSubstance: return Bilingual(zh: "原液", en: "drug substance")
        case .drugProduct: return Bilingual(zh: "制剂", en: "drug product")
        }
    }
}
