extension PilotIndex {
    /// The record kinds whose changes `updated` follows; a setting (the deadlines every date is judged by) calls
    /// for a new index.
    public static let followedKinds: Set<EntityKind> = Set(EntityKind.allCases).subtracting([.setting])

    /// The index of `data`, which is this index's data with `changes` applied: only the lists the changed records
    /// are (or were) in are redone, in the store's order, so the result equals `PilotIndex(data)`. Nil when a
    /// change is of a kind it does not follow.
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
        let table = data.inspections
        Self.regroup(&next.inspectionsByProduct, inspections, table) { [$0.productId] }
        Self.regroup(&next.inspectionsByInspector, inspections, table) { $0.team }
        Self.regroup(&next.samplingsByProduct, samplings, data.samplings) { !$0.isVoided && !$0.commissioned ? [$0.productId] : [] }
        Self.regroup(&next.commissionedByProduct, samplings, data.samplings) { !$0.isVoided && $0.commissioned ? [$0.productId] : [] }
        Self.regroup(&next.voidedByProduct, samplings, data.samplings) { $0.isVoided ? [$0.productId] : [] }
        Self.regroup(&next.staffByProduct, staff, data.residentStaff) { [$0.productId] }
        Self.regroup(&next.measuresByProduct, measures, data.measures) { [$0.productId] }
        if changes.contains(where: { $0.records.contains { $0.kind == .inspector } }) { next.inspectorsByName = Self.byName(data) }
        return next
    }

    /// Redoes the lists under every key a changed record had or has: the others' records as they were, the changed
    /// ones as the table now has them, in the table's order (a key listed twice lists the record twice, as a build does).
    private static func regroup<R>(_ map: inout [String: [R]], _ changed: [R], _ table: Table<R>, keys: (R) -> [String]) {
        guard !changed.isEmpty else { return }
        let ids = Set(changed.map(\.id))
        for key in Set(changed.flatMap(keys)) {
            var list = (map[key] ?? []).filter { !ids.contains($0.id) }
            for id in ids {
                guard let record = table[id: id] else { continue }
                for k in keys(record) where k == key { list.append(record) }
            }
            let position = Dictionary(list.map { ($0.id, table.position(of: $0.id) ?? 0) }, uniquingKeysWith: { a, _ in a })
            list.sort { position[$0.id] ?? 0 < position[$1.id] ?? 0 }
            map[key] = list.isEmpty ? nil : list
        }
    }
}
