/// Everything with a date that someone owes, across all cases, soonest first (DESIGN §2; issue 14): built once
/// per store revision from the index, never per keystroke. Each source is one function of `DueList.Context`.
public struct DueList: Sendable {
    public let today: CivilDate
    public let items: [DueItem]

    /// What every source reads.
    struct Context {
        let index: PilotIndex
        let today: CivilDate
        let calendar: WorkingCalendar
        let deadlines: Deadlines
        let coverage: CoverageReport

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

    /// The sources, in the order a tie on the same day lists them.
    static let sources: [@Sendable (Context) -> [DueItem]] = [
        inspectionItems, samplingItems, measureItems, coverageItems, residentStaffItems, pilotItems,
        licenceItems,
    ]

    /// `coverage` is this year's report when the caller has it already (the dashboard model does).
    public init(index: PilotIndex, today: CivilDate, calendar: WorkingCalendar, coverage: CoverageReport? = nil) {
        let context = Context(
            index: index, today: today, calendar: calendar, deadlines: index.data.deadlines,
            coverage: coverage ?? Coverage.report(year: today.year, asOf: today, index: index))
        self.today = today
        // Decorated once: a comparison reads two integers and at most two strings, never builds one.
        let kinds = Dictionary(uniqueKeysWithValues: DueKind.allCases.enumerated().map { ($1, $0) })
        let all = DueList.sources.flatMap { $0(context) }
        let keyed = all.map { (due: $0.due.dayNumber, kind: kinds[$0.kind] ?? 0, product: $0.productId ?? "", record: $0.record?.id ?? "") }
        items = all.indices.sorted { a, b in
            let x = keyed[a]
            let y = keyed[b]
            return (x.due, x.kind, x.product, x.record) < (y.due, y.kind, y.product, y.record)
        }.map { all[$0] }
    }

    public var overdueCount: Int { items.lazy.filter { $0.group == .overdue }.count }

    /// The items a member owns (`--owner`, the pane's `m`).
    public func owned(by user: String) -> [DueItem] { items.filter { $0.owner?.matches(user) == true } }

    /// The items due within `days` calendar days of today, overdue ones included (`--within`).
    public static func within(_ days: Int, of today: CivilDate, _ items: [DueItem]) -> [DueItem] {
        let last = today.adding(days: days)
        return items.filter { $0.due <= last }
    }
}
