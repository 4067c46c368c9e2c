/// A list of row positions kept in a sort order while an edit replaces, removes and adds rows: the rows it touches
/// are taken out and put back where they sort (binary search), the others only move down past removed rows.
enum SortedPositions {
    /// `dropped`: old positions of the rows touched; `deleted`: old positions of the rows gone from the row list,
    /// ascending (a subset of `dropped`); `inserted`: new positions of the rows to sort in.
    static func update(
        _ list: inout [Int], dropped: Set<Int>, deleted: [Int], inserted: [Int], precedes: (Int, Int) -> Bool
    ) {
        if !dropped.isEmpty { list.removeAll { dropped.contains($0) } }
        if !deleted.isEmpty { list = list.map { $0 - countBelow($0, in: deleted) } }
        for p in inserted {
            var (low, high) = (0, list.count)
            while low < high {
                let mid = (low + high) / 2
                if precedes(list[mid], p) { low = mid + 1 } else { high = mid }
            }
            list.insert(p, at: low)
        }
    }

    /// How many of the ascending positions lie below `position`.
    static func countBelow(_ position: Int, in ascending: [Int]) -> Int {
        var (low, high) = (0, ascending.count)
        while low < high {
            let mid = (low + high) / 2
            if ascending[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
