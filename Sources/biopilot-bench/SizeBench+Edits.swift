import Foundation
import PilotCore
import PilotStore

/// One edit through `DirectoryStore.commit`: the exclusive lock, the catch-up, the before-state check, the append and
/// its fsync. At least 200 runs each, so p99 is a real tail.
extension SizeBench {
    func editRows(_ store: any Store, label: String = "", into table: inout BenchTable) throws {
        progress("\(label)one edit")
        // The last product: the running dashboard's own save renames the first, and a product given a thousand
        // inspections on one day would time that product's rename instead (60 ms at national scale on PostgreSQL,
        // whose copy of the store is made after these edits).
        guard let product = store.data.products.records.last else { throw BenchFailure("the generated store has no products") }
        let creates = try Stopwatch.runs(minimum: 200, maximum: 1000, budget: budget) { k in
            try Stopwatch.time {
                try store.commit(user: "bench") { _ in
                    [
                        .create(
                            .inspection(
                                Inspection(
                                    id: "BENCH-\(UUID().uuidString.prefix(8))-\(k)", productId: product.id, siteIds: product.siteIds,
                                    type: .routine, start: today, end: today, team: [], status: .planned)))
                    ]
                }
            }
        }
        table.add(
            BenchRow(label + "one edit: create an inspection (\(type(of: store)).commit)", creates, goal: "≤ 5 ms p99, flat in store size"))
        let samplings = store.data.samplings.records.map(\.id)
        let updates = try Stopwatch.runs(minimum: 200, maximum: 1000, budget: budget) { k in
            try Stopwatch.time { try Self.editSampling(store, samplings, k, label: "update") }
        }
        table.add(
            BenchRow(label + "one edit: update a sampling (\(type(of: store)).commit)", updates, goal: "≤ 5 ms p99, flat in store size"))
    }
}
