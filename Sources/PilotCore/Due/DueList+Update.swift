extension DueList {
    /// Where an update moved the items: `removed` are positions in the old list, `inserted` positions in the new one
    /// (both ascending); every other item kept its order.
    public struct Moves: Sendable {
        public let removed: [Int]
        public let inserted: [Int]
    }

    /// Redoes the items of the products `ids` from `index` and `coverage` (this year's report), and the shared items
    /// (the licences reach across products): the list then equals one built from `index`, in time proportional to
    /// the items of those products. Today must be this list's.
    ///
    /// In place: the items are taken out and put in one by one, each moving the items after it without copying them.
    /// A merged copy of the list retained and released every item (13.6k at national scale, a fifth of an own save)
    /// where an edit changes a few.
    public mutating func update(products ids: Set<String>, index: PilotIndex, calendar: WorkingCalendar, coverage: CoverageReport)
        -> Moves
    {
        let context = Context(index: index, today: today, calendar: calendar, coverage: coverage, only: ids)
        var gone = shared
        shared = Self.sharedSources.flatMap { $0(context) }
        var added = shared
        for id in ids {
            gone += byProduct[id] ?? []
            let items = Self.items(of: id, context)
            added += items
            byProduct[id] = items.isEmpty ? nil : items
        }
        let removed = positions(of: gone)
        for at in removed.reversed() { items.remove(at: at) }
        // Each added item goes before the kept items it does not sort after, and after the added ones before it.
        var inserted: [Int] = []
        for item in Self.sorted(added) {
            let key = SortKey(item)
            var (low, high) = ((inserted.last ?? -1) + 1, items.count)
            while low < high {
                let mid = (low + high) / 2
                if SortKey(items[mid]) < key { low = mid + 1 } else { high = mid }
            }
            items.insert(item, at: low)
            inserted.append(low)
        }
        return Moves(removed: removed, inserted: inserted)
    }

    /// The positions of `gone` (items of this list) in `items`, ascending, each found by binary search on its key.
    func positions(of gone: [DueItem]) -> [Int] {
        var found = Set<Int>()
        for item in gone {
            let key = SortKey(item)
            var (low, high) = (0, items.count)
            while low < high {
                let mid = (low + high) / 2
                if SortKey(items[mid]) < key { low = mid + 1 } else { high = mid }
            }
            // Items may share a key: take the first equal one not taken yet.
            while low < items.count, found.contains(low) || items[low] != item, !(key < SortKey(items[low])) { low += 1 }
            if low < items.count, items[low] == item { found.insert(low) }
        }
        return found.sorted()
    }
}
