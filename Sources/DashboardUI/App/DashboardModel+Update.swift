import PilotCore

extension DashboardModel {
    /// The model of `data`, which is this model's data with `changes` applied (a revision's journal entries, in
    /// order): only what the changed records touch is redone (the index lists they are in, their products' findings,
    /// rows, coverage, sampling rows and due items, the sort orders by binary search, the calendar's months), so the
    /// result equals `DashboardModel(data:…)`. An enterprise, site or inspector change redoes the products it
    /// reaches; a setting (every deadline) builds the model anew.
    public func applying(_ changes: [RecordChange], to data: PilotData, revision: Int) -> DashboardModel {
        var next = self
        next.apply(changes, to: data, revision: revision)
        return next
    }

    /// `applying` in place: with this model held nowhere else, its row lists are changed without being copied.
    public mutating func apply(_ changes: [RecordChange], to data: PilotData, revision: Int) {
        // The parts still in the making hold what they are made from: changed under them, it would be copied.
        finish()
        guard let index = index.updated(to: data, with: changes) else {
            self = DashboardModel(data: data, revision: revision, today: today, reference: reference)
            return
        }
        let old = self.index
        self.revision = revision
        self.index = index
        var products = Set<String>()
        var inspectors = Set<String>()
        var samplings = Set<String>()
        var productChanges: [String: PilotProduct?] = [:]
        for record in changes.flatMap(\.records) {
            switch record {
            case .product(let p):
                products.insert(p.id)
                productChanges[p.id] = data.products[id: p.id]
            case .inspection(let i):
                products.insert(i.productId)
                inspectors.formUnion(i.team)
            case .sampling(let s):
                products.insert(s.productId)
                samplings.insert(s.id)
            case .staff(let s): products.insert(s.productId)
            case .measure(let m): products.insert(m.productId)
            case .enterprise, .site, .inspector, .setting: break
            }
        }
        products.formUnion(Self.reaching(changes, old: old, new: index, inspectors: &inspectors))
        let enterprises = changes.contains { $0.records.contains { $0.kind == .enterprise } }
        let regrouped = findings.update(
            products: products, inspectors: inspectors, enterprises: enterprises,
            pilotSummary: FindingsByProduct.changesPilotSummary(changes), index: index)
        updateRows(products.union(regrouped), changedProducts: Array(productChanges.keys), from: old)
        updateCalendar(changes)
        let provinces = coverage.provinces.map(\.code)
        let replaced = Coverage.update(&coverage, products: products, index: index)
        coverageReplaced = coverage.provinces.map(\.code) == provinces ? replaced : nil
        // A product's name is in its samplings' rows and their sort by product.
        for id in productChanges.keys {
            for list in [index.samplings(of: id), index.commissionedTests(of: id), index.voidedSamplings(of: id)] {
                for s in list { samplings.insert(s.id) }
            }
        }
        updateSamplings(samplings, products: productChanges, from: old)
        let (calendar, coverage) = (self.calendar, self.coverage)
        dueList.modify { $0.update(products: products, index: index, calendar: calendar, coverage: coverage) }
    }

    /// The products an enterprise, site or inspector change reaches: an enterprise's, those it makes at its sites;
    /// a site's products, inspections and staff, and the products of its enterprises (whether the holder has a
    /// site of its own); an inspector's inspections, and the measures owned by their name before and after (an
    /// owner is recorded by name). The inspectors changed join `inspectors` (their double bookings).
    private static func reaching(_ changes: [RecordChange], old: PilotIndex, new: PilotIndex, inspectors: inout Set<String>) -> Set<String>
    {
        var enterprises = Set<String>()
        var sites = Set<String>()
        var names = Set<String>()
        var changed = Set<String>()
        for record in changes.flatMap(\.records) {
            switch record {
            case .enterprise(let e): enterprises.insert(e.id)
            case .site(let s):
                sites.insert(s.id)
                enterprises.insert(s.enterpriseId)
            case .inspector(let i):
                changed.insert(i.id)
                names.insert(i.name)
            default: break
            }
        }
        var out = Set<String>()
        let data = new.data
        if !enterprises.isEmpty || !sites.isEmpty {
            for p in data.products
            where enterprises.contains(p.holderId)
                || p.siteIds.contains(where: {
                    sites.contains($0) || data.sites[id: $0].map { enterprises.contains($0.enterpriseId) } == true
                })
            {
                out.insert(p.id)
            }
        }
        if !sites.isEmpty {
            for i in data.inspections where i.siteIds.contains(where: sites.contains) { out.insert(i.productId) }
            for s in data.residentStaff where sites.contains(s.siteId) { out.insert(s.productId) }
        }
        inspectors.formUnion(changed)
        if !names.isEmpty {
            for id in changed {
                for list in [old.inspections(ofInspector: id), new.inspections(ofInspector: id)] {
                    for i in list { out.insert(i.productId) }
                }
            }
            for m in data.measures where names.contains(m.owner.trimmed) { out.insert(m.productId) }
        }
        return out
    }

    /// Redoes the rows of the products named and moves them in every sort order; rows of deleted products go.
    /// `changedProducts` are the products whose records changed (their ids, types and stages set column widths).
    private mutating func updateRows(_ ids: Set<String>, changedProducts: [String], from old: PilotIndex) {
        let (before, after) = (old.data.products, index.data.products)
        let dropped = Set(ids.compactMap { before.position(of: $0) })
        let deleted = ids.compactMap { after.contains(id: $0) ? nil : before.position(of: $0) }.sorted()
        let inserted = ids.compactMap { after.position(of: $0) }.sorted()
        reorder { list, precedes in SortedPositions.remove(dropped, from: &list, precedes: precedes) }
        for position in deleted.reversed() { rows.remove(at: position) }
        var search = SearchText()
        for position in inserted {
            let row = DashboardModel.row(after[position], index: index, findings: findings, provinces: provinces, search: &search)
            if position < rows.count { rows[position] = row } else { rows.append(row) }
        }
        reorder { list, precedes in SortedPositions.insert(inserted, into: &list, deleted: deleted, precedes: precedes) }
        guard !changedProducts.isEmpty else { return }
        let (removed, added) = (changedProducts.compactMap { before[id: $0] }, changedProducts.compactMap { after[id: $0] })
        for L in Language.allCases {
            let current = productWidths[L] ?? ProductList.longest(rows, L)
            productWidths[L] = ProductList.longest(current, removing: removed, adding: added, rows: rows, L)
        }
    }

    /// Runs `body` on every product order with its comparison of two row positions (reading the rows as they are).
    private mutating func reorder(_ body: (inout [Int], (Int, Int) -> Bool) -> Void) {
        let rows = self.rows
        for sort in DashboardModel.keyedSorts {
            body(&orders[sort, default: []]) { DashboardModel.precedes(sort, rows[$0], rows[$1]) }
        }
        for L in Language.allCases {
            body(&nameOrders[L, default: []]) { DashboardModel.precedesByName(L, rows[$0], rows[$1]) }
        }
    }

    /// Takes each changed inspection out of the months it was in, and puts it back as it is now.
    private mutating func updateCalendar(_ changes: [RecordChange]) {
        guard changes.contains(where: { $0.before?.kind == .inspection || $0.after?.kind == .inspection }) else { return }
        calendarMonths.modify { byMonth in
            for change in changes {
                if case .inspection(let i)? = change.before {
                    let booking = CalendarBooking(i)
                    for m in Self.months(of: i) {
                        Self.remove(booking, from: &byMonth[m, default: []])
                        if byMonth[m]?.isEmpty == true { byMonth[m] = nil }
                    }
                }
                if case .inspection(let i)? = change.after {
                    let booking = CalendarBooking(i)
                    for m in Self.months(of: i) { Self.insert(booking, into: &byMonth[m, default: []]) }
                }
            }
        }
    }

    /// Where an inspection (or its booking) goes in a list in start order.
    private static func slot<T>(_ i: T, in list: [T], _ before: (T, T) -> Bool) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if before(list[mid], i) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func insert(_ b: CalendarBooking, into list: inout [CalendarBooking]) {
        list.insert(b, at: slot(b, in: list, startsBefore))
    }

    private static func remove(_ b: CalendarBooking, from list: inout [CalendarBooking]) {
        let at = slot(b, in: list, startsBefore)
        if at < list.count && list[at].id == b.id { list.remove(at: at) }
    }

    /// Redoes the rows of the samplings named, their year summaries and their places in the sampling orders.
    private mutating func updateSamplings(_ ids: Set<String>, products: [String: PilotProduct?], from old: PilotIndex) {
        guard !ids.isEmpty || !products.isEmpty else { return }
        let (index, today, calendar) = (self.index, self.today, self.calendar)
        samplingList.modify { list in
            Self.updateSamplings(&list, ids, products: products, from: old, to: index, today: today, calendar: calendar)
        }
    }

    private static func updateSamplings(
        _ list: inout SamplingList, _ ids: Set<String>, products: [String: PilotProduct?], from old: PilotIndex, to index: PilotIndex,
        today: CivilDate, calendar: WorkingCalendar
    ) {
        let (before, after) = (old.data.samplings, index.data.samplings)
        // A sampling whose record is as it was is here for its product's new name: its row's search text changes and
        // it moves in the product sorts only; its counts and its places by date, lab and result stay (a renamed
        // product has ~100 samplings at national scale).
        let renamed = Set(ids.filter { id in before[id: id].map { $0 == after[id: id] } == true })
        let moved = ids.subtracting(renamed)
        let deleted = ids.compactMap { after.contains(id: $0) ? nil : before.position(of: $0) }.sorted()
        let dropped = Set(moved.compactMap { before.position(of: $0) })
        let removedRows = dropped.map { list.rows[$0] }
        list.orders.remove(dropped, renamed: Set(renamed.compactMap { before.position(of: $0) }), rows: list.rows)
        for position in deleted.reversed() {
            list.rows.remove(at: position)
            list.corpus.remove(at: position)
        }
        var maker = SamplingRowMaker(index.data, today: today, calendar: calendar)
        var added: [SamplingRow] = []
        let inserted = moved.compactMap { after.position(of: $0) }.sorted()
        let renamedPositions = renamed.compactMap { after.position(of: $0) }.sorted()
        for position in (inserted + renamedPositions).sorted() {
            let row = maker.row(after[position])
            if !renamed.contains(row.sampling.id) { added.append(row) }
            if position < list.rows.count {
                list.rows[position] = row
                list.corpus.replace(position, with: row.haystack)
            } else {
                list.rows.append(row)
                list.corpus.append(row.haystack)
            }
        }
        list.summaries.update(removing: removedRows, adding: added)
        list.orders.insert(inserted, renamed: renamedPositions, deleted: deleted, rows: list.rows, products: products)
    }
}
