/// A list of row positions kept in a sort order while an edit replaces, removes and adds rows, in two steps: before
/// the rows change, the rows the edit touches are found by binary search and taken out (`remove`); after, the rows
/// left move down past removed rows and the new ones go in where they now sort (`insert`). An edit of k rows costs
/// O(k log n) comparisons, not a pass over the list.
enum SortedPositions {
    /// Takes the rows at `dropped` (positions) out of `list`, which `precedes` (reading the rows as they still
    /// are) sorts.
    static func remove(_ dropped: Set<Int>, from list: inout [Int], precedes: (Int, Int) -> Bool) {
        for p in dropped {
            if let at = place(of: p, in: list, precedes) ?? list.firstIndex(of: p) { list.remove(at: at) }
        }
    }

    /// After `remove`: `deleted` are old positions of the rows gone from the row list (ascending), `inserted` new
    /// positions of the rows to sort in with `precedes` (reading the rows as they now are).
    static func insert(_ inserted: [Int], into list: inout [Int], deleted: [Int], precedes: (Int, Int) -> Bool) {
        if !deleted.isEmpty { list = list.map { $0 - countBelow($0, in: deleted) } }
        for p in inserted { list.insert(p, at: slot(p, in: list, precedes)) }
    }

    /// Where `p` is in `list`: from the first place it could sort, past rows that tie with it.
    static func place(of p: Int, in list: [Int], _ precedes: (Int, Int) -> Bool) -> Int? {
        var at = slot(p, in: list, precedes)
        while at < list.count && list[at] != p && !precedes(p, list[at]) { at += 1 }
        return at < list.count && list[at] == p ? at : nil
    }

    /// The first place in `list` whose row does not sort before `p`'s.
    static func slot(_ p: Int, in list: [Int], _ precedes: (Int, Int) -> Bool) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if precedes(list[mid], p) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// How many of the ascending positions lie below `position`.
    static func countBelow(_ position: Int, in ascending: [Int]) -> Int { slot(position, in: ascending) { $0 < $1 } }
}
