/// Everything with a date that someone owes, across all cases, soonest first (DESIGN §2; issue 14): built once
/// per store revision from the index, never per keystroke. Each source is one function of `DueList.Context`.
public struct DueList: Sendable {
    public let today: CivilDate
    public internal(set) var items: [DueItem]
    /// Each product's items, under the product id their records name, so an edit redoes only the products it touches.
    var byProduct: [String: [DueItem]]
    /// The items no one product's records give: the pilot's end and summary, the licences (cross-product).
    var shared: [DueItem]

    /// What every source reads.
    struct Context: Sendable {
        let index: PilotIndex
        let today: CivilDate
        let calendar: WorkingCalendar
        let deadlines: Deadlines
        let coverage: CoverageReport
        /// This year's coverage row of each product, for `coverageItems`.
        let coverageRows: [String: ProductCoverage]

        /// `only`: the products whose items are worked out, when not all are (an edit's); only their coverage rows
        /// are looked up, not all 2,000 copied into a dictionary per edit.
        init(index: PilotIndex, today: CivilDate, calendar: WorkingCalendar, coverage: CoverageReport, only: Set<String>? = nil) {
            self.index = index
            self.today = today
            self.calendar = calendar
            self.deadlines = index.data.deadlines
            self.coverage = coverage
            guard let only else {
                coverageRows = Dictionary(coverage.products.map { ($0.productId, $0) }, uniquingKeysWith: { first, _ in first })
                return
            }
            // Found by position, reading ids in place: a filter copied every row it looked at.
            var rows: [String: ProductCoverage] = [:]
            for i in coverage.products.indices where only.contains(coverage.products[i].productId) {
                rows[coverage.products[i].productId] = rows[coverage.products[i].productId] ?? coverage.products[i]
            }
            coverageRows = rows
        }

        var data: PilotData { index.data }

        /// The item for a due date: its working days left and its group follow from today.
        func item(
            _ kind: DueKind, due: CivilDate, product: PilotProduct?, what: Bilingual, from: Bilingual, owner: DueOwner? = nil,
            record: Finding.RecordRef?
        ) -> DueItem {
            let group = DueGroup.of(due, today: today)
            // Past due reads at least -1: a date followed only by rest days (due Friday, seen on Sunday) has no
            // working day between it and today, yet it is missed, and "0" would read as "due today".
            let left = calendar.workingDays(from: today, to: due)
            return DueItem(
                kind: kind, due: due, workingDaysLeft: group == .overdue ? min(-1, left) : left, group: group,
                productId: product?.id, productName: product.map { Bilingual(zh: $0.name, en: $0.displayName(.en)) }, what: what,
                from: from, owner: owner, record: record)
        }

        /// The inspection's team leader (the first member), who answers for what the inspection leaves due.
        func leader(_ i: Inspection) -> DueOwner? {
            guard let first = i.team.first, let inspector = data.inspectors[id: first] else { return nil }
            return DueOwner(id: inspector.id, name: inspector.name, nameEn: inspector.nameEn)
        }

        /// The inspecting unit: the leader's.
        func unit(_ i: Inspection) -> Bilingual {
            guard let first = i.team.first, let inspector = data.inspectors[id: first] else { return DueList.unknown }
            return Bilingual(zh: inspector.unit, en: inspector.unit)
        }

        func holder(_ product: PilotProduct?) -> Bilingual {
            guard let product, let e = index.holder(of: product) else { return DueList.unknown }
            return Bilingual(zh: e.name, en: e.displayName(.en))
        }
    }

    static let unknown = Bilingual(zh: "—", en: "—")

    /// The sources of one product's items, given the product id their records name and the product, if in the store
    /// (looked up once: each source looking it up copied it six times per product).
    static let productSources: [@Sendable (Context, String, PilotProduct?) -> [DueItem]] = [
        inspectionItems, samplingItems, measureItems, coverageItems, residentStaffItems, enterpriseAssessmentItems,
    ]

    /// The sources of the items no one product's records give.
    static let sharedSources: [@Sendable (Context) -> [DueItem]] = [pilotItems, licenceItems]

    /// `coverage` is this year's report when the caller has it already (the dashboard model does).
    public init(index: PilotIndex, today: CivilDate, calendar: WorkingCalendar, coverage: CoverageReport? = nil) {
        let context = Context(
            index: index, today: today, calendar: calendar,
            coverage: coverage ?? Coverage.report(year: today.year, asOf: today, index: index))
        // Every product, and every id records name (a record may name a product not in the store).
        var ids = index.productIdsInRecords
        ids.formUnion(index.data.products.records.map(\.id))
        // Each product's items depend on its records and the context alone: the products are shared among the cores.
        let order = Array(ids)
        let found = ParallelRuns.map(order.count) { run in run.map { Self.items(of: order[$0], context) } }
        var byProduct: [String: [DueItem]] = [:]
        for (k, items) in found.joined().enumerated() where !items.isEmpty { byProduct[order[k]] = items }
        let shared = Self.sharedSources.flatMap { $0(context) }
        self.init(today: today, items: Self.sorted(byProduct.values.flatMap { $0 } + shared), byProduct: byProduct, shared: shared)
    }

    init(today: CivilDate, items: [DueItem], byProduct: [String: [DueItem]], shared: [DueItem]) {
        self.today = today
        self.items = items
        self.byProduct = byProduct
        self.shared = shared
    }

    /// The items of the product `id`'s records.
    static func items(of id: String, _ context: Context) -> [DueItem] {
        let product = context.data.products[id: id]
        return productSources.flatMap { $0(context, id, product) }
    }

    /// Soonest first; on the same day by kind, product and record.
    static func sorted(_ items: [DueItem]) -> [DueItem] {
        // Decorated once: a comparison reads two integers and at most two strings, never builds one.
        let keyed = items.map(SortKey.init)
        return items.indices.sorted { keyed[$0] < keyed[$1] }.map { items[$0] }
    }

    /// The items are soonest first, so the overdue ones (due before today) lead the list.
    public var overdueCount: Int {
        var (low, high) = (0, items.count)
        while low < high {
            let mid = (low + high) / 2
            if items[mid].due < today { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The items a member owns (`--owner`, the pane's `m`).
    public func owned(by user: String) -> [DueItem] { items.filter { $0.owner?.matches(user) == true } }

    /// The items due within `days` calendar days of today, overdue ones included (`--within`).
    public static func within(_ days: Int, of today: CivilDate, _ items: [DueItem]) -> [DueItem] {
        let last = today.adding(days: days)
        return items.filter { $0.due <= last }
    }
}
