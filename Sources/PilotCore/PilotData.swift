/// Everything a store holds: the collections of `store.json` and the state the journal builds on.
public struct PilotData: Hashable, Sendable, Codable {
    public var enterprises = Table<Enterprise>()
    public var sites = Table<Site>()
    public var products = Table<PilotProduct>()
    public var residentStaff = Table<ResidentStaff>()
    public var inspectors = Table<Inspector>()
    public var inspections = Table<Inspection>()
    public var samplings = Table<Sampling>()
    /// Store settings (deadline overrides); absent from stores written before settings existed.
    public var settings = Table<Setting>()
    /// Risk-control measures; absent from stores written before measures existed.
    public var measures = Table<Measure>()

    public init() {}

    /// The deadline rules in force: the regulations' numbers with this store's overrides.
    public var deadlines: Deadlines { Deadlines(settings: Array(settings)) }

    /// The samplings that count (coverage, summaries, deadlines, reports): every one not voided.
    public var samplingsInForce: [Sampling] { samplings.records.filter { !$0.isVoided } }
    /// Supervisory samplings in force: what every sampling count, rule and deadline counts.
    public var supervisorySamplings: [Sampling] { samplings.records.filter { !$0.isVoided && !$0.commissioned } }
    /// Commissioned tests (委托检验) in force: a log of their own, never counted as sampling.
    public var commissionedTests: [Sampling] { samplings.records.filter { !$0.isVoided && $0.commissioned } }

    /// A fresh id with the prefix, one past the largest number already used (INS-0042 → INS-0043). Never
    /// overflows (audit D12). For many ids at once keep one `IDAllocator`: this scans the table each call.
    public static func nextID<R>(prefix: String, in table: Table<R>, width: Int = 4) -> String {
        var ids = IDAllocator(prefix: prefix, in: table, width: width)
        return ids.next()
    }
}

extension PilotData {
    public func record(_ kind: EntityKind, id: String) -> AnyRecord? {
        switch kind {
        case .enterprise: return enterprises[id: id].map(AnyRecord.enterprise)
        case .site: return sites[id: id].map(AnyRecord.site)
        case .product: return products[id: id].map(AnyRecord.product)
        case .staff: return residentStaff[id: id].map(AnyRecord.staff)
        case .inspector: return inspectors[id: id].map(AnyRecord.inspector)
        case .inspection: return inspections[id: id].map(AnyRecord.inspection)
        case .sampling: return samplings[id: id].map(AnyRecord.sampling)
        case .setting: return settings[id: id].map(AnyRecord.setting)
        case .measure: return measures[id: id].map(AnyRecord.measure)
        }
    }

    /// Puts the record in place of the one with its id, or adds it.
    public mutating func upsert(_ record: AnyRecord) {
        switch record {
        case .enterprise(let r): enterprises.upsert(r)
        case .site(let r): sites.upsert(r)
        case .product(let r): products.upsert(r)
        case .staff(let r): residentStaff.upsert(r)
        case .inspector(let r): inspectors.upsert(r)
        case .inspection(let r): inspections.upsert(r)
        case .sampling(let r): samplings.upsert(r)
        case .setting(let r): settings.upsert(r)
        case .measure(let r): measures.upsert(r)
        }
    }

    public mutating func remove(_ kind: EntityKind, id: String) {
        switch kind {
        case .enterprise: enterprises.remove(id: id)
        case .site: sites.remove(id: id)
        case .product: products.remove(id: id)
        case .staff: residentStaff.remove(id: id)
        case .inspector: inspectors.remove(id: id)
        case .inspection: inspections.remove(id: id)
        case .sampling: samplings.remove(id: id)
        case .setting: settings.remove(id: id)
        case .measure: measures.remove(id: id)
        }
    }
}
