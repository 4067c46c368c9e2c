/// The kind of biologic (品种类型, work plan 二(三)), a fact apart from the basis it is in the pilot on: an
/// "other biologic" with a basis is in scope.
public enum ProductType: String, Hashable, Sendable, Codable, CaseIterable {
    case multivalentVaccine = "multivalent-vaccine"
    case antibody
    case adc
    case glp1 = "glp-1"
    case insulin
    case other

    public var label: Bilingual {
        switch self {
        case .multivalentVaccine: return Bilingual(zh: "多联多价疫苗", en: "multivalent vaccine")
        case .antibody: return Bilingual(zh: "抗体类", en: "antibody")
        case .adc: return Bilingual(zh: "抗体偶联类", en: "ADC")
        case .glp1: return Bilingual(zh: "胰高血糖素样肽-1类", en: "GLP-1")
        case .insulin: return Bilingual(zh: "胰岛素类", en: "insulin")
        case .other: return Bilingual(zh: "其他生物制品", en: "other biologic")
        }
    }
}
