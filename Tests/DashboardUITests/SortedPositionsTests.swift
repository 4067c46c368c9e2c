import PilotCore
import Testing

@testable import DashboardUI

/// Sort orders kept by binary search: rows taken out in the order as it was, put back in the order as it is now,
/// give the order a fresh sort gives.
@Suite struct SortedPositionsTests {
    /// A row: its sort key and its identity (which breaks ties).
    struct Row: Equatable {
        var key: Int
        let id: Int
    }

    static func precedes(_ rows: [Row]) -> (Int, Int) -> Bool {
        { (rows[$0].key, rows[$0].id) < (rows[$1].key, rows[$1].id) }
    }

    static func sorted(_ rows: [Row]) -> [Int] { rows.indices.sorted(by: precedes(rows)) }

    @Test(arguments: 0..<40) func anEditOfSomeRowsLeavesTheOrderAFreshSortWouldGive(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        var rows = (0..<200).map { Row(key: random.below(20), id: $0) }
        var list = Self.sorted(rows)
        // Some rows change key, some go, some come.
        let changed = Set((0..<5).map { _ in random.below(rows.count) })
        let deleted = Set((0..<3).map { _ in random.below(rows.count) }).subtracting(changed).sorted()
        SortedPositions.remove(changed.union(deleted), from: &list, precedes: Self.precedes(rows))
        for p in changed { rows[p].key = random.below(20) }
        let kept = rows.indices.filter { !deleted.contains($0) }
        let renumbered = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        rows = kept.map { rows[$0] }
        for n in 0..<4 { rows.append(Row(key: random.below(20), id: 1000 + n)) }
        let inserted = (changed.compactMap { renumbered[$0] } + (rows.count - 4..<rows.count)).sorted()
        SortedPositions.insert(inserted, into: &list, deleted: deleted, precedes: Self.precedes(rows))
        #expect(list == Self.sorted(rows))
    }

    /// Rows that sit together (a renamed product's samplings in the orders by product) are found and placed with one
    /// search each way: a search per row made ~15 comparisons each, through the names, 50 rows × 10 orders per save.
    @Test func aRunOfRowsMovesWithOneSearchEachWay() {
        var rows = (0..<10_000).map { Row(key: $0 / 50, id: $0) }
        var list = Self.sorted(rows)
        let run = Set(100..<150)
        var comparisons = 0
        SortedPositions.remove(run, from: &list) { [rows] in
            comparisons += 1
            return Self.precedes(rows)($0, $1)
        }
        let removing = comparisons
        for p in run { rows[p].key = 150 }
        comparisons = 0
        SortedPositions.insert(run.sorted(), into: &list, deleted: []) { [rows] in
            comparisons += 1
            return Self.precedes(rows)($0, $1)
        }
        #expect(list == Self.sorted(rows))
        #expect(removing < 100, "\(removing) comparisons to take out 50 rows that sit together")
        #expect(comparisons < 300, "\(comparisons) comparisons to put back 50 rows that go to one place")
    }

    /// One row changing its key (the common edit) moves in place to where a fresh sort puts it.
    @Test(arguments: 0..<20) func oneRowChangingMovesWhereAFreshSortPutsIt(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        var rows = (0..<100).map { Row(key: random.below(10), id: $0) }
        var list = Self.sorted(rows)
        let changed = random.below(rows.count)
        SortedPositions.remove([changed], from: &list, precedes: Self.precedes(rows))
        #expect(list.count == rows.count - 1 && !list.contains(changed))
        rows[changed].key = random.below(10)
        SortedPositions.insert([changed], into: &list, deleted: [], precedes: Self.precedes(rows))
        #expect(list == Self.sorted(rows))
    }

    /// Among rows that tie, the one asked for is found, not its neighbour.
    @Test func aRowIsFoundAmongRowsThatTie() {
        let rows = [Row(key: 1, id: 0), Row(key: 1, id: 1), Row(key: 1, id: 2), Row(key: 0, id: 3)]
        let ties: (Int, Int) -> Bool = { rows[$0].key < rows[$1].key }
        let list = [3, 2, 0, 1]
        #expect(SortedPositions.place(of: 0, in: list, ties) == 2)
        #expect(SortedPositions.place(of: 1, in: list, ties) == 3)
        #expect(SortedPositions.place(of: 3, in: list, ties) == 0)
        #expect(SortedPositions.place(of: 1, in: [3, 2, 0], ties) == nil)
    }

    @Test func countBelowCountsTheSmallerPositions() {
        #expect(SortedPositions.countBelow(5, in: [1, 3, 5, 7]) == 2)
        #expect(SortedPositions.countBelow(0, in: [1, 3]) == 0)
        #expect(SortedPositions.countBelow(9, in: [1, 3]) == 2)
    }
}
