/// How each kind of record is numbered (P01, R001, INS-0001), so a new record's id can be chosen from the
/// current data at the moment it is written (under the store's lock), not when a form opened.
extension EntityKind {
    public var idPrefix: String {
        switch self {
        case .enterprise: return "E"
        case .site: return "S"
        case .product: return "P"
        case .staff: return "R"
        case .inspector: return "I"
        case .inspection: return "INS-"
        case .sampling: return "SMP-"
        case .setting: return "deadline."
        case .measure: return "M-"
        }
    }

    public var idWidth: Int {
        switch self {
        case .enterprise, .site, .product, .inspector: return 2
        case .staff: return 3
        case .inspection, .sampling, .measure: return 4
        case .setting: return 0
        }
    }
}

extension PilotData {
    /// The next free id of a kind in this data (one past the largest number used).
    public func nextID(for kind: EntityKind) -> String {
        let p = kind.idPrefix
        let w = kind.idWidth
        switch kind {
        case .enterprise: return PilotData.nextID(prefix: p, in: enterprises, width: w)
        case .site: return PilotData.nextID(prefix: p, in: sites, width: w)
        case .product: return PilotData.nextID(prefix: p, in: products, width: w)
        case .staff: return PilotData.nextID(prefix: p, in: residentStaff, width: w)
        case .inspector: return PilotData.nextID(prefix: p, in: inspectors, width: w)
        case .inspection: return PilotData.nextID(prefix: p, in: inspections, width: w)
        case .sampling: return PilotData.nextID(prefix: p, in: samplings, width: w)
        case .setting: return PilotData.nextID(prefix: p, in: settings, width: w)
        case .measure: return PilotData.nextID(prefix: p, in: measures, width: w)
        }
    }
}

extension AnyRecord {
    /// The same record under another id.
    public func withID(_ id: String) -> AnyRecord {
        switch self {
        case .enterprise(var r):
            r.id = id
            return .enterprise(r)
        case .site(var r):
            r.id = id
            return .site(r)
        case .product(var r):
            r.id = id
            return .product(r)
        case .staff(var r):
            r.id = id
            return .staff(r)
        case .inspector(var r):
            r.id = id
            return .inspector(r)
        case .inspection(var r):
            r.id = id
            return .inspection(r)
        case .sampling(var r):
            r.id = id
            return .sampling(r)
        case .setting(var r):
            r.id = id
            return .setting(r)
        case .measure(var r):
            r.id = id
            return .measure(r)
        }
    }
}
