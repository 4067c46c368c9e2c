/// The basis on which a product is in the pilot (试点依据, work plan 二(三)): innovative, clinically urgent, or
/// another biologic NMPA designates. `none` records a product that is none of these: outside the pilot (rule 1).
/// A product whose basis is not recorded has no value (nil).
public enum ProductBasis: String, Hashable, Sendable, Codable, CaseIterable {
    case innovative
    case clinicallyUrgent = "clinically-urgent"
    case nmpaDesignated = "nmpa-designated"
    case none

    public var label: Bilingual {
        switch self {
        case .innovative: return Bilingual(zh: "创新生物制品", en: "innovative biologic")
        case .clinicallyUrgent: return Bilingual(zh: "临床急需生物制品", en: "clinically urgent biologic")
        case .nmpaDesignated: return Bilingual(zh: "国家药监局规定的其他生物制品", en: "NMPA-designated biologic")
        case .none: return Bilingual(zh: "不属以上三类（不在试点范围）", en: "none of these (out of scope)")
        }
    }

    public var isInPilotScope: Bool { self != .none }
}
