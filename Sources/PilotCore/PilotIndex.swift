/// Lookups the rules, coverage and screens need, built once per store revision in O(n)
/// so that no keystroke has to scan the store.
public struct PilotIndex: Sendable {
    public internal(set) var data: PilotData
    public internal(set) var inspectionsByProduct: [String: [Inspection]]
    /// Supervisory samplings in force; commissioned tests apart.
    public internal(set) var samplingsByProduct: [String: [Sampling]]
    public internal(set) var commissionedByProduct: [String: [Sampling]]
    /// Voided samplings and commissioned tests: kept for the record, counted nowhere.
    public internal(set) var voidedByProduct: [String: [Sampling]]
    public internal(set) var staffByProduct: [String: [ResidentStaff]]
    public internal(set) var measuresByProduct: [String: [Measure]]
    public internal(set) var inspectionsByInspector: [String: [Inspection]]
    /// Inspectors by their Chinese name (the first of a name shared), for owners recorded by name.
    public internal(set) var inspectorsByName: [String: Inspector]

    public init(_ data: PilotData) {
        self.data = data
        var byProduct: [String: [Inspection]] = [:]
        var byInspector: [String: [Inspection]] = [:]
        for i in data.inspections {
            byProduct[i.productId, default: []].append(i)
            for member in i.team { byInspector[member, default: []].append(i) }
        }
        inspectionsByProduct = byProduct
        inspectionsByInspector = byInspector
        // One pass over the samplings into the three groups (`supervisorySamplings`, `commissionedTests`, voided).
        var supervisory: [String: [Sampling]] = [:]
        var commissioned: [String: [Sampling]] = [:]
        var voided: [String: [Sampling]] = [:]
        for s in data.samplings {
            if s.isVoided {
                voided[s.productId, default: []].append(s)
            } else if s.commissioned {
                commissioned[s.productId, default: []].append(s)
            } else {
                supervisory[s.productId, default: []].append(s)
            }
        }
        samplingsByProduct = supervisory
        commissionedByProduct = commissioned
        voidedByProduct = voided
        staffByProduct = Dictionary(grouping: data.residentStaff.records, by: \.productId)
        measuresByProduct = Dictionary(grouping: data.measures.records, by: \.productId)
        inspectorsByName = Self.byName(data)
    }

    static func byName(_ data: PilotData) -> [String: Inspector] {
        Dictionary(data.inspectors.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
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
        Set([product.holderId] + sites(of: product).map(\.enterpriseId))
    }

    /// The holder's province (lead province 牵头省份).
    public func leadProvince(of product: PilotProduct) -> String? { holder(of: product)?.provinceCode }

    /// Every province the product has a site or its holder in.
    public func provinces(of product: PilotProduct) -> [String] {
        var seen = Set<String>()
        let codes = [leadProvince(of: product)].compactMap { $0 } + sites(of: product).map(\.provinceCode)
        return codes.filter { seen.insert($0).inserted }
    }

    /// A site of the product lies outside the holder's province.
    public func isCrossProvince(_ product: PilotProduct) -> Bool { provinces(of: product).count > 1 }

    public func inspections(of productId: String) -> [Inspection] { inspectionsByProduct[productId] ?? [] }
    /// The product's supervisory samplings in force (a voided one counts nowhere, the sampling list still shows it;
    /// commissioned testing is never sampling: `commissionedTests(of:)`).
    public func samplings(of productId: String) -> [Sampling] { samplingsByProduct[productId] ?? [] }
    /// The product's commissioned tests (委托检验) in force.
    public func commissionedTests(of productId: String) -> [Sampling] { commissionedByProduct[productId] ?? [] }
    /// The product's voided samplings and commissioned tests, for the case's record of what was set aside.
    public func voidedSamplings(of productId: String) -> [Sampling] { voidedByProduct[productId] ?? [] }
    public func staff(of productId: String) -> [ResidentStaff] { staffByProduct[productId] ?? [] }
    /// The product's risk-control measures.
    public func measures(of productId: String) -> [Measure] { measuresByProduct[productId] ?? [] }
    /// The inspector a name recorded as a measure's owner names, if any.
    public func inspector(named name: String) -> Inspector? { inspectorsByName[name.trimmed] }
}
