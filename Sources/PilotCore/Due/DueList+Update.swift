extension DueList {
    /// A due list updated after an edit, and where its items moved: `removed` are positions in the old list,
    /// `inserted` positions in the new one (both ascending); every other item kept its order.
    public struct Update: Sendable {
        public let list: DueList
        public let removed: [Int]
        public let inserted: [Int]
    }

    /// This list with the items of the products `ids` redone from `index` and `coverage` (this year's report), and
    /// the shared items redone (the licences reach across products): equal to a list built from `index`, in time
    /// proportional to the items of those products plus one pass over the list. Today must be this list's.
    public func updated(products ids: Set<String>, index: PilotIndex, calendar: WorkingCalendar, coverage: CoverageReport) -> Update {
        let context = Context(index: index, today: today, calendar: calendar, coverage: coverage)
        var byProduct = self.byProduct
        var gone = shared
        var added = Self.sharedSources.flatMap { $0(context) }
        let shared = added
        for id in ids {
            gone += byProduct[id] ?? []
            let items = Self.items(of: id, context)
            added += items
            byProduct[id] = items.isEmpty ? nil : items
        }
        let removed = positions(of: gone)
        let (items, inserted) = Self.merge(self.items, without: removed, with: Self.sorted(added))
        return Update(list: DueList(today: today, items: items, byProduct: byProduct, shared: shared), removed: removed, inserted: inserted)
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

    /// `old` without the positions `removed` (ascending), merged with `added` (sorted): the merged list and the
    /// positions the added items took in it.
    static func merge(_ old: [DueItem], without removed: [Int], with added: [DueItem]) -> (items: [DueItem], inserted: [Int]) {
        var out: [DueItem] = []
        out.reserveCapacity(old.count - removed.count + added.count)
        var inserted: [Int] = []
        var (next, skip) = (0, 0)
        let keys = added.map(SortKey.init)
        for (item, key) in zip(added, keys) {
            // The kept items that sort before this one go first.
            while next < old.count {
                if skip < removed.count && removed[skip] == next {
                    (next, skip) = (next + 1, skip + 1)
                } else if SortKey(old[next]) < key {
                    out.append(old[next])
                    next += 1
                } else {
                    break
                }
            }
            inserted.append(out.count)
            out.append(item)
        }
        while next < old.count {
            if skip < removed.count && removed[skip] == next { skip += 1 } else { out.append(old[next]) }
            next += 1
        }
        return (out, inserted)
    }
}
