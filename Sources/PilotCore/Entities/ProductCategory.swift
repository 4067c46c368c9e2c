/// Product categories of the work plan 二(三). `other` is a biologic outside them, which rule 1 reports.
public enum ProductCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case multivalentVaccine = "multivalent-vaccine"
    case antibody
    case adc
    case glp1 = "glp-1"
    case insulin
    case otherInnovative = "other-innovative"
    case clinicallyUrgent = "clinically-urgent"
    case other

    public var label: Bilingual {
        switch self {
        case .multivalentVaccine: return Bilingual(zh: "多联多价疫苗", en: "multivalent vaccine")
        case .antibody: return Bilingual(zh: "抗体", en: "antibody")
        case .adc: return Bilingual(zh: "抗体偶联药物", en: "ADC")
        case .glp1: return Bilingual(zh: "GLP-1类", en: "GLP-1")
        case .insulin: return Bilingual(zh: "胰岛素类", en: "insulin")
        case .otherInnovative: return Bilingual(zh: "其他创新生物制品", en: "other innovative")
        case .clinicallyUrgent: return Bilingual(zh: "临床急需生物制品", en: "clinically urgent")
        case .other: return Bilingual(zh: "其他（不在试点范围）", en: "other (out of scope)")
        }
    }

    public var isInPilotScope: Bool { self != .other }
}
