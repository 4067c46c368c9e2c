import PilotCore

/// The sampling list's row positions in each sort, for the supervisory samplings and the commissioned log apart,
/// sorted once per revision: a filter keystroke only filters (at 200k samplings a sort per keystroke cost ~0.4 s).
/// An edit moves only the rows it touches (`update`).
struct SamplingOrders: Equatable, Sendable {
    private var orders: [Bool: [SamplingSort: [Int]]] = [:]
    /// By product in English: the English names alphabetically.
    private var productEn: [Bool: [Int]] = [:]
    /// Each product's name keys, read once per product, not per row.
    private var zh: [String: PinyinKey] = [:]
    private var en: [String: String] = [:]

    /// Sorted by integer keys, not by rows: a comparison of two rows copies both (a sampling's strings retained and
    /// released). The newest-first order is one sort of packed integers (date, rank by id); every other order is
    /// that one or the order by id, bucketed by the sort's key (a product's or a lab's rank, a result's), which
    /// keeps each bucket in the order it was read: the tie-breaks of `precedes` without comparing anything again.
    /// The ranks come from the same comparisons as `precedes`, so the orders are the ones `update` keeps.
    init(_ rows: [SamplingRow], products: some Sequence<PilotProduct>) {
        for p in products { name(p.id, p) }
        let keys = SortKeys(rows)
        let byNewest = keys.newestFirst()
        let productsZh = keys.products.ranks { a, b in
            ProductKey(name: zh[a] ?? SamplingOrders.unnamed, id: a) < ProductKey(name: zh[b] ?? SamplingOrders.unnamed, id: b)
        }
        let productsEn = keys.products.ranks { a, b in ProductKey(name: en[a] ?? "", id: a) < ProductKey(name: en[b] ?? "", id: b) }
        let labs = keys.labs.ranks(by: <)
        for commissioned in [false, true] {
            let mine = byNewest.filter { keys.commissioned[$0] == commissioned }
            orders[commissioned] = [
                .newest: mine,
                .product: SortKeys.bucketed(mine, by: productsZh),
                .lab: SortKeys.bucketed(mine, by: labs),
                .result: SortKeys.bucketed(keys.byId.filter { keys.commissioned[$0] == commissioned }, by: keys.result),
            ]
            self.productEn[commissioned] = SortKeys.bucketed(mine, by: productsEn)
        }
    }

    /// Before an edit changes `rows`: the rows at `dropped` (their positions) leave every order. The rows at
    /// `renamed` (a sampling unchanged, its product renamed) leave only the orders by product: their keys in the
    /// others are their sampling's, so they keep their places there (a renamed product's ~100 samplings moved in
    /// all ten orders were a third of an own save).
    mutating func remove(_ dropped: Set<Int>, renamed: Set<Int> = [], rows: [SamplingRow]) {
        let (zh, en) = (zh, en)
        let moving = Self.split(dropped, rows)
        let movingByProduct = Self.split(dropped.union(renamed), rows)
        each { commissioned, sort, language, list in
            SortedPositions.remove(Set((sort == .product ? movingByProduct : moving)[commissioned] ?? []), from: &list) {
                SamplingOrders.precedes(sort, language, rows, $0, $1, zh: zh, en: en)
            }
        }
    }

    /// After: the rows at `deleted` (old positions, ascending) left `rows`, and the rows at `inserted` (new
    /// positions) go in where they sort; those at `renamed` go back into the orders by product only (`remove`).
    /// `products` are the changed products as they now are (nil: deleted), for the product sort's names.
    mutating func insert(
        _ inserted: [Int], renamed: [Int] = [], deleted: [Int], rows: [SamplingRow], products: [String: PilotProduct?]
    ) {
        for (id, p) in products {
            if let p { name(id, p) } else { (zh[id], en[id]) = (nil, nil) }
        }
        let (zh, en) = (zh, en)
        let moving = Self.split(inserted, rows)
        let movingByProduct = Self.split(inserted + renamed, rows)
        each { commissioned, sort, language, list in
            SortedPositions.insert((sort == .product ? movingByProduct : moving)[commissioned] ?? [], into: &list, deleted: deleted) {
                SamplingOrders.precedes(sort, language, rows, $0, $1, zh: zh, en: en)
            }
        }
    }

    /// The positions of the supervisory samplings and of the commissioned tests, ascending.
    private static func split(_ positions: some Sequence<Int>, _ rows: [SamplingRow]) -> [Bool: [Int]] {
        var out: [Bool: [Int]] = [false: [], true: []]
        for p in positions.sorted() { out[rows[p].sampling.commissioned, default: []].append(p) }
        return out
    }

    /// Every order kept, with the list it is of (commissioned or not), its sort and its language.
    private mutating func each(_ body: (Bool, SamplingSort, Language, inout [Int]) -> Void) {
        for commissioned in [false, true] {
            for sort in SamplingSort.allCases { body(commissioned, sort, .zh, &orders[commissioned, default: [:]][sort, default: []]) }
            body(commissioned, .product, .en, &productEn[commissioned, default: []])
        }
    }

    /// How many rows the list holds: the supervisory samplings, or the commissioned tests.
    func count(commissioned: Bool) -> Int { orders[commissioned]?[.newest]?.count ?? 0 }

    func order(_ sort: SamplingSort, _ language: Language, commissioned: Bool) -> [Int] {
        if sort == .product && language == .en { return productEn[commissioned] ?? [] }
        return orders[commissioned]?[sort] ?? []
    }

    private mutating func name(_ id: String, _ p: PilotProduct) {
        zh[id] = PinyinKey(p.name)
        en[id] = p.displayName(.en).lowercased()
    }

    /// A row's result rank: fails first, then overdue, then pending, then the rest.
    fileprivate static func rank(_ conclusion: SamplingConclusion, overdue: Bool) -> Int8 {
        conclusion == .fail ? 0 : (overdue ? 1 : (conclusion == .pending ? 2 : 3))
    }

    /// The order of the rows at positions `i` and `j`: by the sort's key (a product, a lab), and within one key newest
    /// first; by result, fails and overdue first, then by id. Read in place through the positions: a row passed by
    /// value was copied with its strings, and an edit of a product's ~100 samplings compares rows ~20,000 times.
    private static func precedes(
        _ sort: SamplingSort, _ language: Language, _ rows: [SamplingRow], _ i: Int, _ j: Int, zh: [String: PinyinKey],
        en: [String: String]
    ) -> Bool {
        func newer() -> Bool { (rows[i].sampling.sampledOn, rows[i].sampling.id) > (rows[j].sampling.sampledOn, rows[j].sampling.id) }
        func grouped<K: Comparable>(_ key: (Int) -> K) -> Bool {
            let (x, y) = (key(i), key(j))
            return x < y || (x == y && newer())
        }
        switch sort {
        case .newest: return newer()
        // One product, one name: a renamed product's samplings are sorted among themselves without reading names.
        case .product where rows[i].sampling.productId == rows[j].sampling.productId: return newer()
        case .product where language == .en:
            return grouped { ProductKey(name: en[rows[$0].sampling.productId] ?? "", id: rows[$0].sampling.productId) }
        case .product:
            return grouped { ProductKey(name: zh[rows[$0].sampling.productId] ?? SamplingOrders.unnamed, id: rows[$0].sampling.productId) }
        case .lab: return grouped { rows[$0].sampling.lab }
        case .result:
            let rank = { SamplingOrders.rank(rows[$0].sampling.conclusion, overdue: rows[$0].status.isOverdue) }
            return (rank(i), rows[i].sampling.id) < (rank(j), rows[j].sampling.id)
        }
    }

    private static let unnamed = PinyinKey("")
}

/// A product's name key, then its id (two products of one name stay apart).
private struct ProductKey<Name: Comparable>: Comparable {
    let name: Name
    let id: String
    static func < (a: Self, b: Self) -> Bool { (a.name, a.id) < (b.name, b.id) }
}

/// The rows' sort keys read once into flat arrays, so sorting compares integers instead of copying rows.
private struct SortKeys {
    /// The positions in the order of their samplings' ids, and each position's place in it (ids are distinct).
    let byId: [Int]
    let idRanks: [Int]
    let days: [Int]
    let products: CanonicalNumbers
    let labs: CanonicalNumbers
    let commissioned: [Bool]
    let result: [Int]

    /// Read in place, row by row: a row taken out of the array (by `map` over a key path, by `zip`) is a copy
    /// of its sampling, strings retained and released, and was most of sorting.
    init(_ rows: [SamplingRow]) {
        var (days, commissioned, result) = ([Int](), [Bool](), [Int]())
        days.reserveCapacity(rows.count)
        commissioned.reserveCapacity(rows.count)
        result.reserveCapacity(rows.count)
        // Rows come in the store's order, which is by id unless ids were entered out of order: checked in this
        // pass before sorting 200k strings.
        var byIdAlready = true
        for i in rows.indices {
            days.append(rows[i].sampling.sampledOn.dayNumber)
            commissioned.append(rows[i].sampling.commissioned)
            result.append(Int(SamplingOrders.rank(rows[i].sampling.conclusion, overdue: rows[i].status.isOverdue)))
            if byIdAlready && i > 0 && !(rows[i - 1].sampling.id < rows[i].sampling.id) { byIdAlready = false }
        }
        (self.days, self.commissioned, self.result) = (days, commissioned, result)
        if byIdAlready {
            byId = Array(rows.indices)
            idRanks = byId
        } else {
            let ids = rows.indices.map { rows[$0].sampling.id }
            byId = rows.indices.sorted { ids[$0] < ids[$1] }
            var ranks = [Int](repeating: 0, count: rows.count)
            for (rank, position) in byId.enumerated() { ranks[position] = rank }
            idRanks = ranks
        }
        products = CanonicalNumbers(rows.indices.lazy.map { rows[$0].sampling.productId })
        labs = CanonicalNumbers(rows.indices.lazy.map { rows[$0].sampling.lab })
    }

    /// The positions by sampling date, then id, both descending (`precedes` for `.newest`): one sort of the two
    /// packed into an integer, later first as smaller.
    func newestFirst() -> [Int] {
        guard let latest = days.max(), let earliest = days.min() else { return [] }
        guard latest - earliest < 1 << 31, byId.count < 1 << 31 else {
            return days.indices.sorted { (days[$0], idRanks[$0]) > (days[$1], idRanks[$1]) }
        }
        let last = byId.count - 1
        var packed = days.indices.map { UInt64(latest - days[$0]) << 32 | UInt64(last - idRanks[$0]) }
        packed.sort()
        return packed.map { byId[last - Int($0 & 0xFFFF_FFFF)] }
    }

    /// `positions` grouped by their key's rank, ascending; within a rank in the order given (a counting sort).
    static func bucketed(_ positions: [Int], by rank: [Int]) -> [Int] {
        var starts = [Int](repeating: 0, count: (positions.lazy.map { rank[$0] }.max() ?? 0) + 2)
        for p in positions { starts[rank[p] + 1] += 1 }
        for r in starts.indices.dropFirst() { starts[r] += starts[r - 1] }
        var out = [Int](repeating: 0, count: positions.count)
        for p in positions {
            out[starts[rank[p]]] = p
            starts[rank[p]] += 1
        }
        return out
    }
}

extension CanonicalNumbers {
    /// Each row's rank among the distinct values sorted by `precedes` (equal keys, equal ranks): the distinct
    /// values are sorted once (a few thousand products or labs), not once per comparison of rows.
    fileprivate func ranks(by precedes: (String, String) -> Bool) -> [Int] {
        var rank = [Int](repeating: 0, count: values.count)
        for (r, n) in values.indices.sorted(by: { precedes(values[$0], values[$1]) }).enumerated() { rank[n] = r }
        return rows.map { rank[$0] }
    }
}
