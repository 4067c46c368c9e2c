import PilotCore
import PilotStore

/// A province member sees a product while its province is the product's lead or a partner. When another member's
/// edit changes a product's sites or holder (or moves a site or company), records come into or out of that view with no
/// line of their own in what the member may read: they are re-read here, for the products the edit concerns only.
extension PostgresStore {
    /// The products, sites and companies whose records are re-read after `entries`, as far as the data knows them.
    struct Concerned {
        var products: Set<String> = []
        var sites: Set<String> = []
        var companies: Set<String> = []

        init(_ entries: [JournalEntry], in data: PilotData) {
            for entry in entries {
                for record in [entry.before, entry.after].compactMap({ $0 }) {
                    switch record {
                    case .product(let product): add(product)
                    case .site(let site):
                        sites.insert(site.id)
                        companies.insert(site.enterpriseId)
                    case .enterprise(let company): companies.insert(company.id)
                    default: break
                    }
                }
            }
            guard !sites.isEmpty || !companies.isEmpty else { return }
            for product in data.products
            where companies.contains(product.holderId) || product.segments.contains(where: { sites.contains($0.siteId) }) {
                add(product)
            }
        }

        var isEmpty: Bool { products.isEmpty && sites.isEmpty && companies.isEmpty }

        mutating func add(_ product: PilotProduct) {
            products.insert(product.id)
            companies.insert(product.holderId)
            for segment in product.segments { sites.insert(segment.siteId) }
        }

        /// Whether a record of the data is one of those re-read.
        func contains(_ record: AnyRecord) -> Bool {
            switch record {
            case .product(let r): products.contains(r.id)
            case .site(let r): sites.contains(r.id)
            case .enterprise(let r): companies.contains(r.id)
            case .inspection(let r): products.contains(r.productId)
            case .sampling(let r): products.contains(r.productId)
            case .staff(let r): products.contains(r.productId)
            case .measure(let r): products.contains(r.productId)
            case .inspector, .setting: false
            }
        }
    }

    /// Re-reads the concerned records as the member may now see them; true if any came or went or differed. With
    /// `unseenLines` (the head moved past lines the member may not read, one of which may have taken a product out of
    /// view) the products in view are compared too.
    static func reconcileView(
        _ data: inout PilotData, after entries: [JournalEntry], unseenLines: Bool, _ connection: PostgresConnection
    ) throws(PostgresError) -> Bool {
        var concerned = Concerned(entries, in: data)
        if unseenLines {
            let visible = Set(try connection.execute(PostgresStatements.visibleProducts).rows.compactMap { $0[0] })
            for id in visible.symmetricDifference(data.products.map(\.id)) {
                if let product = data.products[id: id] { concerned.add(product) } else { concerned.products.insert(id) }
            }
        }
        guard !concerned.isEmpty else { return false }
        let rows = try connection.execute(
            PostgresStatements.concernedRecords,
            [arrayLiteral(concerned.products), arrayLiteral(concerned.sites), arrayLiteral(concerned.companies)]
        ).rows
        var seen: [AnyRecord] = []
        for row in rows {
            guard let kind = row[0].flatMap(EntityKind.init(rawValue:)), let id = row[1], let json = row[2] else { continue }
            seen.append(try PostgresJournal.record(kind, id, json))
        }
        var changed = false
        let seenKeys = Set(seen.map { "\($0.kind.rawValue)/\($0.id)" })
        for kind in [EntityKind.product, .site, .enterprise, .inspection, .sampling, .staff, .measure] {
            for record in records(of: kind, in: data)
            where concerned.contains(record) && !seenKeys.contains("\(kind.rawValue)/\(record.id)") {
                data.remove(kind, id: record.id)
                changed = true
            }
        }
        for record in seen where data.record(record.kind, id: record.id) != record {
            data.upsert(record)
            changed = true
        }
        return changed
    }

    private static func records(of kind: EntityKind, in data: PilotData) -> [AnyRecord] {
        switch kind {
        case .enterprise: data.enterprises.map(AnyRecord.enterprise)
        case .site: data.sites.map(AnyRecord.site)
        case .product: data.products.map(AnyRecord.product)
        case .staff: data.residentStaff.map(AnyRecord.staff)
        case .inspector: data.inspectors.map(AnyRecord.inspector)
        case .inspection: data.inspections.map(AnyRecord.inspection)
        case .sampling: data.samplings.map(AnyRecord.sampling)
        case .setting: data.settings.map(AnyRecord.setting)
        case .measure: data.measures.map(AnyRecord.measure)
        }
    }

    /// How this member's view is limited: true for a province's role (not the national role, not a superuser).
    static func viewIsLimited(_ connection: PostgresConnection) throws(PostgresError) -> Bool {
        try connection.execute(PostgresStatements.viewIsLimited).value(0, "limited") == "t"
    }

    /// A text[] literal for a parameter: `{"a","b"}`, each element quoted and escaped.
    static func arrayLiteral(_ values: Set<String>) -> String {
        let quoted = values.sorted().map {
            "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }
}
