/// One record of any kind, for journal entries that carry a whole record before and after a change.
public enum AnyRecord: Hashable, Sendable {
    case enterprise(Enterprise)
    case site(Site)
    case product(PilotProduct)
    case staff(ResidentStaff)
    case inspector(Inspector)
    case inspection(Inspection)
    case sampling(Sampling)
    case setting(Setting)
    case measure(Measure)

    public var kind: EntityKind {
        switch self {
        case .enterprise: return .enterprise
        case .site: return .site
        case .product: return .product
        case .staff: return .staff
        case .inspector: return .inspector
        case .inspection: return .inspection
        case .sampling: return .sampling
        case .setting: return .setting
        case .measure: return .measure
        }
    }

    public var id: String {
        switch self {
        case .enterprise(let r): return r.id
        case .site(let r): return r.id
        case .product(let r): return r.id
        case .staff(let r): return r.id
        case .inspector(let r): return r.id
        case .inspection(let r): return r.id
        case .sampling(let r): return r.id
        case .setting(let r): return r.id
        case .measure(let r): return r.id
        }
    }
}
