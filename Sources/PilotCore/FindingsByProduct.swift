/// The rules' findings grouped as the dashboard shows them (each product's, then the store's), kept in parts so an
/// edit redoes only the products and inspectors it touches. The grouping equals `RulesEngine.findings` split by product.
public struct FindingsByProduct: Sendable {
    public let engine: RulesEngine
    /// Each product's findings, errors first, then as the rules list them (its double bookings after its own).
    public private(set) var byProduct: [String: [Finding]] = [:]
    /// Findings about no product (credit codes, the pilot summary), errors first.
    public private(set) var other: [Finding] = []
    /// The product rules' findings for each product.
    private var own: [String: [Finding]] = [:]
    /// Each inspector's double bookings.
    private var bookings: [String: [Finding]] = [:]
    /// The inspectors with a double booking about each product (`bookings` turned round), so a product without
    /// one is grouped without reading its inspections' teams.
    private var bookedAbout: [String: Set<String>] = [:]
    private var enterprise: [Finding] = []
    /// The pilot summary's finding, if any.
    private var summary: Finding?

    public init(_ engine: RulesEngine, index: PilotIndex) {
        self.engine = engine
        // Each product's findings depend on it and the index alone: the products are shared among the cores.
        let products = index.data.products
        let found = ParallelRuns.map(products.count) { run in run.map { engine.productFindings(products[$0], index) } }
        own.reserveCapacity(products.count)
        for (position, findings) in found.joined().enumerated() { own[products[position].id] = findings }
        let inspectors = index.data.inspectors
        let booked = ParallelRuns.map(inspectors.count) { run in run.map { engine.bookingFindings(of: inspectors[$0], index) } }
        for (position, found) in booked.joined().enumerated() where !found.isEmpty {
            bookings[inspectors[position].id] = found
            noteBookings(found, of: inspectors[position].id, insert: true)
        }
        enterprise = engine.enterpriseFindings(index)
        // A double booking on an inspection whose product is gone is still listed under that product id.
        let orphans = bookedAbout.keys.filter { !index.data.products.contains(id: $0) }
        for id in index.data.products.map(\.id) + orphans { assemble(id, index) }
        summary = PilotSummaryRule.finding(index.data, today: engine.today)
        other = Self.errorsFirst(enterprise + (summary.map { [$0] } ?? []))
    }

    /// Whether `changes` can change the pilot summary's finding: a product joined or left those it names (the
    /// products in the pilot without an enterprise assessment). It reads every product, so other edits keep it.
    public static func changesPilotSummary(_ changes: [RecordChange]) -> Bool {
        func named(_ record: AnyRecord?) -> Bool {
            if case .product(let p)? = record { PilotSummaryRule.isUnassessed(p) } else { false }
        }
        return changes.contains { named($0.before) != named($0.after) }
    }

    /// After an edit (`index` already updated): redoes the named products' findings and the named inspectors'
    /// bookings, the credit-code findings when an enterprise changed, and regroups every product whose list that
    /// can change. Returns the products regrouped.
    @discardableResult
    public mutating func update(
        products: Set<String>, inspectors: Set<String>, enterprises: Bool, pilotSummary: Bool = true, index: PilotIndex
    ) -> Set<String> {
        if enterprises { enterprise = engine.enterpriseFindings(index) }
        var regroup = products
        for id in products { own[id] = index.data.products[id: id].map { engine.productFindings($0, index) } }
        for id in inspectors {
            let found = index.data.inspectors[id: id].map { engine.bookingFindings(of: $0, index) } ?? []
            for f in (bookings[id] ?? []) + found { if let p = f.productId { regroup.insert(p) } }
            noteBookings(bookings[id] ?? [], of: id, insert: false)
            noteBookings(found, of: id, insert: true)
            bookings[id] = found.isEmpty ? nil : found
        }
        for id in regroup { assemble(id, index) }
        if pilotSummary { summary = PilotSummaryRule.finding(index.data, today: engine.today) }
        other = Self.errorsFirst(enterprise + (summary.map { [$0] } ?? []))
        return regroup
    }

    /// Adds (or removes) `inspector` under the product of each of its booking findings in `bookedAbout`.
    private mutating func noteBookings(_ found: [Finding], of inspector: String, insert: Bool) {
        for f in found {
            guard let p = f.productId else { continue }
            if insert {
                bookedAbout[p, default: []].insert(inspector)
            } else {
                bookedAbout[p]?.remove(inspector)
                if bookedAbout[p]?.isEmpty == true { bookedAbout[p] = nil }
            }
        }
    }

    /// A product's own findings and then its double bookings (of the inspectors on its inspections' teams), by
    /// inspector in the store's order, errors first. Most products have no booking: their teams are not read (a
    /// set of every product's team members was a fifth of grouping a national store's findings).
    private mutating func assemble(_ id: String, _ index: PilotIndex) {
        var booked: [String] = []
        if let about = bookedAbout[id] {
            var members = Set<String>()
            index.inspections(of: id).forEachInPlace { for m in $0.team where about.contains(m) { members.insert(m) } }
            let inspectors = index.data.inspectors
            booked = members.sorted { (inspectors.position(of: $0) ?? 0) < (inspectors.position(of: $1) ?? 0) }
        }
        let found = (own[id] ?? []) + booked.flatMap { (bookings[$0] ?? []).filter { $0.productId == id } }
        byProduct[id] = found.isEmpty ? nil : Self.errorsFirst(found)
    }

    /// Sorted by severity, keeping the rules' order within one (as `RulesEngine.findings` sorts).
    private static func errorsFirst(_ findings: [Finding]) -> [Finding] { RulesEngine.errorsFirst(findings) }
}
