/// A list of row positions kept in a sort order while an edit replaces, removes and adds rows, in two steps: before
/// the rows change, the rows the edit touches are found by binary search and taken out (`remove`); after, the rows
/// left move down past removed rows and the new ones go in where they now sort (`insert`). An edit of k rows costs
/// O(k log n) comparisons and one pass over the list: the places are found first and the list rebuilt once from
/// its runs between them, since k removals or insertions one at a time each moved half the list (a product renamed
/// moved its ~100 samplings in ten orders of 100k positions each at national scale: two thirds of an own save). One
/// row, the common edit, moves in place.
enum SortedPositions {
    /// Takes the rows at `dropped` (positions) out of `list`, which `precedes` (reading the rows as they still
    /// are) sorts.
    static func remove(_ dropped: Set<Int>, from list: inout [Int], precedes: (Int, Int) -> Bool) {
        // Rows found next to a row already placed need no search: a renamed product's samplings sit together in the
        // orders by product, and each found by its own binary search cost ~40 comparisons through the names.
        var places: [Int] = []
        var placed = Set<Int>()
        for row in dropped where !placed.contains(row) {
            guard let at = place(of: row, in: list, precedes) ?? list.firstIndex(of: row) else { continue }
            var (low, high) = (at, at)
            while low > 0, dropped.contains(list[low - 1]), !placed.contains(list[low - 1]) { low -= 1 }
            while high + 1 < list.count, dropped.contains(list[high + 1]), !placed.contains(list[high + 1]) { high += 1 }
            for k in low...high {
                placed.insert(list[k])
                places.append(k)
            }
        }
        places.sort()
        guard places.count > 1 else {
            if let at = places.first { list.remove(at: at) }
            return
        }
        // The runs between the places copied whole.
        var kept: [Int] = []
        kept.reserveCapacity(list.count - places.count)
        var next = 0
        for at in places {
            kept.append(contentsOf: list[next..<at])
            next = at + 1
        }
        kept.append(contentsOf: list[next...])
        list = kept
    }

    /// After `remove`: `deleted` are old positions of the rows gone from the row list (ascending), `inserted` new
    /// positions of the rows to sort in with `precedes` (reading the rows as they now are).
    static func insert(_ inserted: [Int], into list: inout [Int], deleted: [Int], precedes: (Int, Int) -> Bool) {
        if !deleted.isEmpty { list = list.map { $0 - countBelow($0, in: deleted) } }
        guard !inserted.isEmpty else { return }
        // Each new row's place among the rows already there; new rows with one place go in their own order. A row
        // that fits where the row before it went takes that place after two comparisons, without a search (a renamed
        // product's samplings all go to one place in the orders by product).
        var last: Int?
        let slotted = inserted.map { row in
            if let at = last, at == 0 || precedes(list[at - 1], row), at == list.count || !precedes(list[at], row) {
                return (slot: at, position: row)
            }
            let at = slot(row, in: list, precedes)
            last = at
            return (slot: at, position: row)
        }
        .sorted { $0.slot != $1.slot ? $0.slot < $1.slot : precedes($0.position, $1.position) }
        if let only = slotted.first, slotted.count == 1 {
            list.insert(only.position, at: only.slot)
            return
        }
        var merged: [Int] = []
        merged.reserveCapacity(list.count + slotted.count)
        var next = 0
        for (slot, position) in slotted {
            merged.append(contentsOf: list[next..<slot])
            merged.append(position)
            next = slot
        }
        merged.append(contentsOf: list[next...])
        list = merged
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
