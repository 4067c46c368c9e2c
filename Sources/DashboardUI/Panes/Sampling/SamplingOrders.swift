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

    /// Sorted by integer ranks, not by rows: a comparison of two rows copies both (a sampling's strings retained and
    /// released), and at 200k samplings the five sorts that way were a third of building the dashboard's model.
    /// The ranks come from the same comparisons as `precedes`, so the orders are the ones `update` keeps.
    init(_ rows: [SamplingRow], products: some Sequence<PilotProduct>) {
        for p in products { name(p.id, p) }
        let keys = SortKeys(rows)
        let byNewest = rows.indices.sorted { keys.newer($0, $1) }
        var newest = [Int](repeating: 0, count: rows.count)
        for (rank, position) in byNewest.enumerated() { newest[position] = rank }
        let productZh = SortKeys.ranks(keys.products) { a, b in
            ProductKey(name: zh[a] ?? SamplingOrders.unnamed, id: a) < ProductKey(name: zh[b] ?? SamplingOrders.unnamed, id: b)
        }
        let productEn = SortKeys.ranks(keys.products) { a, b in ProductKey(name: en[a] ?? "", id: a) < ProductKey(name: en[b] ?? "", id: b)
        }
        let labs = SortKeys.ranks(keys.labs, by: <)
        // Ids are distinct: their ranks are their places in one sort, without hashing 200k strings.
        var ids = [Int32](repeating: 0, count: rows.count)
        for (rank, position) in rows.indices.sorted(by: { keys.ids[$0] < keys.ids[$1] }).enumerated() { ids[position] = Int32(rank) }
        for commissioned in [false, true] {
            let mine = byNewest.filter { keys.commissioned[$0] == commissioned }
            func grouped(_ group: [Int32]) -> [Int] { mine.sorted { (group[$0], newest[$0]) < (group[$1], newest[$1]) } }
            orders[commissioned] = [
                .newest: mine,
                .product: grouped(productZh),
                .lab: grouped(labs),
                .result: mine.sorted { (keys.result[$0], ids[$0]) < (keys.result[$1], ids[$1]) },
            ]
            self.productEn[commissioned] = grouped(productEn)
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
    fileprivate static func rank(_ r: SamplingRow) -> Int8 { rank(r.sampling.conclusion, overdue: r.status.isOverdue) }

    private static func rank(_ conclusion: SamplingConclusion, overdue: Bool) -> Int8 {
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

/// The rows' sort keys read once into flat arrays, so sorting compares array elements instead of copying rows.
private struct SortKeys {
    let dates: [CivilDate]
    let ids: [String]
    let products: [String]
    let labs: [String]
    let commissioned: [Bool]
    let result: [Int8]

    init(_ rows: [SamplingRow]) {
        dates = rows.map(\.sampling.sampledOn)
        ids = rows.map(\.sampling.id)
        products = rows.map(\.sampling.productId)
        labs = rows.map(\.sampling.lab)
        commissioned = rows.map(\.sampling.commissioned)
        result = rows.map(SamplingOrders.rank)
    }

    /// `SamplingOrders.newer`: by sampling date, then id, descending.
    func newer(_ a: Int, _ b: Int) -> Bool { (dates[a], ids[a]) > (dates[b], ids[b]) }

    /// Each row's rank among the distinct values of its key (equal keys, equal ranks): the distinct values are
    /// sorted once (a few thousand products or labs), not once per comparison of rows.
    static func ranks(_ keys: [String], by precedes: (String, String) -> Bool) -> [Int32] {
        let distinct = Set(keys).sorted(by: precedes)
        var rank: [String: Int32] = [:]
        rank.reserveCapacity(distinct.count)
        for (i, key) in distinct.enumerated() { rank[key] = Int32(i) }
        return keys.map { rank[$0] ?? 0 }
    }
}
