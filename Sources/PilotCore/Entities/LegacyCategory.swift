/// The `category` of stores written before basis and type were kept apart (rule 1): read, never written.
enum LegacyCategory: String, Decodable {
    case multivalentVaccine = "multivalent-vaccine"
    case antibody
    case adc
    case glp1 = "glp-1"
    case insulin
    case otherInnovative = "other-innovative"
    case clinicallyUrgent = "clinically-urgent"
    case other

    /// The five types said nothing of the basis (not recorded); the two bases said nothing of the type (other);
    /// `other` was the category rule 1 reported as outside the pilot.
    var basis: ProductBasis? {
        switch self {
        case .otherInnovative: return .innovative
        case .clinicallyUrgent: return .clinicallyUrgent
        case .other: return ProductBasis.none
        case .multivalentVaccine, .antibody, .adc, .glp1, .insulin: return nil
        }
    }

    var type: ProductType {
        switch self {
        case .multivalentVaccine: return .multivalentVaccine
        case .antibody: return .antibody
        case .adc: return .adc
        case .glp1: return .glp1
        case .insulin: return .insulin
        case .otherInnovative, .clinicallyUrgent, .other: return .other
        }
    }
}
