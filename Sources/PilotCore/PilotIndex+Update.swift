extension PilotIndex {
    /// The record kinds whose changes `updated` follows; a setting (the deadlines every date is judged by) calls
    /// for a new index.
    public static let followedKinds: Set<EntityKind> = Set(EntityKind.allCases).subtracting([.setting])

    /// The index of `data`, which is this index's data with `changes` applied: only the lists the changed records
    /// are (or were) in are redone, so the result equals `PilotIndex(data)`. Nil when a change is of a kind it does
    /// not follow.
    public func updated(to data: PilotData, with changes: [RecordChange]) -> PilotIndex? {
        guard changes.allSatisfy({ $0.records.allSatisfy { PilotIndex.followedKinds.contains($0.kind) } }) else { return nil }
        var next = self
        next.data = data
        var inspections: [Inspection] = []
        var samplings: [Sampling] = []
        var staff: [ResidentStaff] = []
        var measures: [Measure] = []
        for record in changes.flatMap(\.records) {
            switch record {
            case .inspection(let r): inspections.append(r)
            case .sampling(let r): samplings.append(r)
            case .staff(let r): staff.append(r)
            case .measure(let r): measures.append(r)
            default: break
            }
        }
        // A deleted record moves every later one in its table up a place: that table's lists are built again.
        let deleted = Set(changes.compactMap { $0.before.flatMap { Self.isGone($0, from: data) ? $0.kind : nil } })
        if deleted.contains(.inspection) {
            Self.groupInspections(data, into: &next.positions)
        } else {
            Self.regroup(&next.positions.inspections, inspections, data.inspections) { [$0.productId] }
            Self.regroup(&next.positions.byInspector, inspections, data.inspections) { $0.team }
        }
        if deleted.contains(.sampling) {
            Self.groupSamplings(data, into: &next.positions)
        } else {
            let table = data.samplings
            Self.regroup(&next.positions.samplings, samplings, table) { !$0.isVoided && !$0.commissioned ? [$0.productId] : [] }
            Self.regroup(&next.positions.commissioned, samplings, table) { !$0.isVoided && $0.commissioned ? [$0.productId] : [] }
            Self.regroup(&next.positions.voided, samplings, table) { $0.isVoided ? [$0.productId] : [] }
        }
        if deleted.contains(.staff) {
            next.positions.staff = Self.grouped(data.residentStaff) { $0.productId }
        } else {
            Self.regroup(&next.positions.staff, staff, data.residentStaff) { [$0.productId] }
        }
        if deleted.contains(.measure) {
            next.positions.measures = Self.grouped(data.measures) { $0.productId }
        } else {
            Self.regroup(&next.positions.measures, measures, data.measures) { [$0.productId] }
        }
        if changes.contains(where: { $0.records.contains { $0.kind == .inspector } }) { next.inspectorsByName = Self.byName(data) }
        if changes.contains(where: { $0.records.contains { $0.kind == .site } }) { next.enterprisesWithSites = Self.siteOwners(data) }
        return next
    }

    /// The record is no longer in its table (deleted, or its id changed).
    private static func isGone(_ record: AnyRecord, from data: PilotData) -> Bool {
        switch record {
        case .inspection(let r): !data.inspections.contains(id: r.id)
        case .sampling(let r): !data.samplings.contains(id: r.id)
        case .staff(let r): !data.residentStaff.contains(id: r.id)
        case .measure(let r): !data.measures.contains(id: r.id)
        default: false
        }
    }

    /// Redoes the lists under every key a changed record had or has: the others' positions as they were, the
    /// changed records' as the table now has them, ascending (a key listed twice lists the record twice, as a build
    /// does). Positions stay put when nothing was deleted: an edit replaces a record in place, a new one is appended.
    private static func regroup<R>(_ map: inout [String: [Int]], _ changed: [R], _ table: Table<R>, keys: (R) -> [String]) {
        guard !changed.isEmpty else { return }
        let ids = Set(changed.map(\.id))
        let changedPositions = Set(ids.compactMap { table.position(of: $0) })
        for key in Set(changed.flatMap(keys)) {
            var list = (map[key] ?? []).filter { !changedPositions.contains($0) }
            for position in changedPositions {
                for k in keys(table[position]) where k == key { list.append(position) }
            }
            list.sort()
            map[key] = list.isEmpty ? nil : list
        }
    }
}
