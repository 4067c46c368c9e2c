/// Lookups the rules, coverage and screens need, built once per store revision in O(n)
/// so that no keystroke has to scan the store.
public struct PilotIndex: Sendable {
    public internal(set) var data: PilotData
    /// Positions in `data`'s tables under each product id (each inspector id for `byInspector`), ascending: the
    /// lists below read the records from the tables.
    struct Positions: Equatable, Sendable {
        var inspections: [String: [Int]] = [:]
        var byInspector: [String: [Int]] = [:]
        /// Supervisory samplings in force; commissioned tests apart.
        var samplings: [String: [Int]] = [:]
        var commissioned: [String: [Int]] = [:]
        /// Voided samplings and commissioned tests: kept for the record, counted nowhere.
        var voided: [String: [Int]] = [:]
        var staff: [String: [Int]] = [:]
        var measures: [String: [Int]] = [:]
    }
    var positions: Positions
    /// Inspectors by their Chinese name (the first of a name shared), for owners recorded by name.
    public internal(set) var inspectorsByName: [String: Inspector]
    /// Enterprises with a production site of their own (a holder without one must have its quality system inspected).
    public internal(set) var enterprisesWithSites: Set<String>

    public init(_ data: PilotData) {
        self.data = data
        positions = Positions()
        Self.groupInspections(data, into: &positions)
        Self.groupSamplings(data, into: &positions)
        positions.staff = Self.grouped(data.residentStaff) { $0.productId }
        positions.measures = Self.grouped(data.measures) { $0.productId }
        inspectorsByName = Self.byName(data)
        enterprisesWithSites = Self.siteOwners(data)
    }

    /// Inspections by product and by team member.
    static func groupInspections(_ data: PilotData, into positions: inout Positions) {
        var byProduct = PositionGroups()
        var byInspector: [String: [Int]] = [:]
        data.inspections.forEachPosition { p, i in
            byProduct.add(p, under: i.productId)
            for member in i.team { byInspector[member, default: []].append(p) }
        }
        positions.inspections = byProduct.finished()
        positions.byInspector = byInspector
    }

    /// One pass over the samplings into the three groups (`supervisorySamplings`, `commissionedTests`, voided).
    static func groupSamplings(_ data: PilotData, into positions: inout Positions) {
        var supervisory = PositionGroups()
        var commissioned = PositionGroups()
        var voided = PositionGroups()
        data.samplings.forEachPosition { p, s in
            if s.isVoided {
                voided.add(p, under: s.productId)
            } else if s.commissioned {
                commissioned.add(p, under: s.productId)
            } else {
                supervisory.add(p, under: s.productId)
            }
        }
        positions.samplings = supervisory.finished()
        positions.commissioned = commissioned.finished()
        positions.voided = voided.finished()
    }

    static func grouped<R>(_ table: Table<R>, by key: (R) -> String) -> [String: [Int]] {
        var out = PositionGroups()
        table.forEachPosition { p, r in out.add(p, under: key(r)) }
        return out.finished()
    }

    static func byName(_ data: PilotData) -> [String: Inspector] {
        Dictionary(data.inspectors.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func siteOwners(_ data: PilotData) -> Set<String> { Set(data.sites.records.map(\.enterpriseId)) }

    /// The records of `table` at each key's positions, as whole lists: for comparisons and tests, not for lookups
    /// (it copies every record listed).
    static func materialized<R>(_ map: [String: [Int]], _ table: Table<R>) -> [String: [R]] {
        map.mapValues { $0.map { table[$0] } }
    }

    public var inspectionsByProduct: [String: [Inspection]] { Self.materialized(positions.inspections, data.inspections) }
    public var inspectionsByInspector: [String: [Inspection]] { Self.materialized(positions.byInspector, data.inspections) }
    public var samplingsByProduct: [String: [Sampling]] { Self.materialized(positions.samplings, data.samplings) }
    public var commissionedByProduct: [String: [Sampling]] { Self.materialized(positions.commissioned, data.samplings) }
    public var voidedByProduct: [String: [Sampling]] { Self.materialized(positions.voided, data.samplings) }
    public var staffByProduct: [String: [ResidentStaff]] { Self.materialized(positions.staff, data.residentStaff) }
    public var measuresByProduct: [String: [Measure]] { Self.materialized(positions.measures, data.measures) }

    /// Every product id some inspection, sampling in force, commissioned test or measure names (a record may name a
    /// product not in the store).
    public var productIdsInRecords: Set<String> {
        var ids = Set(positions.inspections.keys)
        ids.formUnion(positions.samplings.keys)
        ids.formUnion(positions.commissioned.keys)
        ids.formUnion(positions.measures.keys)
        return ids
    }

    public func holder(of product: PilotProduct) -> Enterprise? { data.enterprises[id: product.holderId] }

    public func sites(of product: PilotProduct) -> [Site] { product.siteIds.compactMap { data.sites[id: $0] } }

    /// Sites of the product run by an enterprise other than the holder (受托生产 sites).
    public func contractSites(of product: PilotProduct) -> [Site] {
        sites(of: product).filter { $0.enterpriseId != product.holderId }
    }

    /// Contract manufacturers of the product, each once.
    public func contractManufacturers(of product: PilotProduct) -> [Enterprise] {
        var seen = Set<String>()
        return contractSites(of: product).compactMap { site in
            seen.insert(site.enterpriseId).inserted ? data.enterprises[id: site.enterpriseId] : nil
        }
    }

    /// The holder and every contract manufacturer: whom an inspector of this product must have no conflict with.
    public func enterpriseIds(of product: PilotProduct) -> Set<String> {
        var ids: Set<String> = [product.holderId]
        for id in product.siteIds { if let p = data.sites.position(of: id) { ids.insert(data.sites[p].enterpriseId) } }
        return ids
    }

    /// The holder's province (lead province 牵头省份), read in place (`holder(of:)` copies the enterprise).
    public func leadProvince(of product: PilotProduct) -> String? {
        data.enterprises.position(of: product.holderId).map { data.enterprises[$0].provinceCode }
    }

    /// A site's province, read in place (`data.sites[id:]` copies the site).
    public func provinceCode(ofSite id: String) -> String? { data.sites.position(of: id).map { data.sites[$0].provinceCode } }

    /// An inspector's province, read in place (`data.inspectors[id:]` copies the inspector).
    public func provinceCode(ofInspector id: String) -> String? {
        data.inspectors.position(of: id).map { data.inspectors[$0].provinceCode }
    }

    /// Every province the product has a site or its holder in, the holder's first. The sites' provinces are read
    /// in place and the few codes found looked back through: the rules and coverage ask this several times per
    /// product, and copying the sites and hashing the codes into a set was most of it.
    public func provinces(of product: PilotProduct) -> [String] {
        var codes: [String] = []
        if let lead = leadProvince(of: product) { codes.append(lead) }
        for id in product.siteIds {
            if let code = provinceCode(ofSite: id), !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// A site of the product lies outside the holder's province.
    public func isCrossProvince(_ product: PilotProduct) -> Bool { provinces(of: product).count > 1 }

    public func inspections(of productId: String) -> TableRecords<Inspection> {
        TableRecords(data.inspections, positions.inspections[productId] ?? [])
    }
    /// The inspections an inspector is on the team of, in the store's order.
    public func inspections(ofInspector inspectorId: String) -> TableRecords<Inspection> {
        TableRecords(data.inspections, positions.byInspector[inspectorId] ?? [])
    }
    /// The product's supervisory samplings in force (a voided one counts nowhere, the sampling list still shows it;
    /// commissioned testing is never sampling: `commissionedTests(of:)`).
    public func samplings(of productId: String) -> TableRecords<Sampling> {
        TableRecords(data.samplings, positions.samplings[productId] ?? [])
    }
    /// The product's commissioned tests (委托检验) in force.
    public func commissionedTests(of productId: String) -> TableRecords<Sampling> {
        TableRecords(data.samplings, positions.commissioned[productId] ?? [])
    }
    /// The product's voided samplings and commissioned tests, for the case's record of what was set aside.
    public func voidedSamplings(of productId: String) -> TableRecords<Sampling> {
        TableRecords(data.samplings, positions.voided[productId] ?? [])
    }
    public func staff(of productId: String) -> TableRecords<ResidentStaff> {
        TableRecords(data.residentStaff, positions.staff[productId] ?? [])
    }
    /// The product's risk-control measures.
    public func measures(of productId: String) -> TableRecords<Measure> {
        TableRecords(data.measures, positions.measures[productId] ?? [])
    }
    /// The inspector a name recorded as a measure's owner names, if any.
    public func inspector(named name: String) -> Inspector? { inspectorsByName[name.trimmed] }
}
