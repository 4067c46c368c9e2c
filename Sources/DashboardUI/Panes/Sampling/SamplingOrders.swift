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

    /// Before an edit changes `rows`: the rows at `dropped` (their positions) leave every order.
    mutating func remove(_ dropped: Set<Int>, rows: [SamplingRow]) {
        let (zh, en) = (zh, en)
        let mine = [false, true].map { commissioned in dropped.filter { rows[$0].sampling.commissioned == commissioned } }
        each { commissioned, sort, language, list in
            SortedPositions.remove(mine[commissioned ? 1 : 0], from: &list) {
                SamplingOrders.precedes(sort, language, rows[$0], rows[$1], zh: zh, en: en)
            }
        }
    }

    /// After: the rows at `deleted` (old positions, ascending) left `rows`, and the rows at `inserted` (new
    /// positions) go in where they sort. `products` are the changed products as they now are (nil: deleted), for
    /// the product sort's names.
    mutating func insert(_ inserted: [Int], deleted: [Int], rows: [SamplingRow], products: [String: PilotProduct?]) {
        for (id, p) in products {
            if let p { name(id, p) } else { (zh[id], en[id]) = (nil, nil) }
        }
        let (zh, en) = (zh, en)
        let mine = [false, true].map { commissioned in inserted.filter { rows[$0].sampling.commissioned == commissioned } }
        each { commissioned, sort, language, list in
            SortedPositions.insert(mine[commissioned ? 1 : 0], into: &list, deleted: deleted) {
                SamplingOrders.precedes(sort, language, rows[$0], rows[$1], zh: zh, en: en)
            }
        }
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

    /// Newest first: by sampling date, then id, descending.
    private static func newer(_ a: SamplingRow, _ b: SamplingRow) -> Bool {
        (a.sampling.sampledOn, a.sampling.id) > (b.sampling.sampledOn, b.sampling.id)
    }

    /// A row's result rank: fails first, then overdue, then pending, then the rest.
    fileprivate static func rank(_ r: SamplingRow) -> Int8 {
        r.sampling.conclusion == .fail ? 0 : (r.status.isOverdue ? 1 : (r.sampling.conclusion == .pending ? 2 : 3))
    }

    /// The order of two rows: by the sort's key (a product, a lab), and within one key newest first; by result, fails
    /// and overdue first, then by id.
    private static func precedes(
        _ sort: SamplingSort, _ language: Language, _ a: SamplingRow, _ b: SamplingRow, zh: [String: PinyinKey], en: [String: String]
    ) -> Bool {
        func grouped<K: Comparable>(_ key: (SamplingRow) -> K) -> Bool {
            let (x, y) = (key(a), key(b))
            return x < y || (x == y && SamplingOrders.newer(a, b))
        }
        switch sort {
        case .newest: return SamplingOrders.newer(a, b)
        case .product where language == .en: return grouped { ProductKey(name: en[$0.sampling.productId] ?? "", id: $0.sampling.productId) }
        case .product: return grouped { ProductKey(name: zh[$0.sampling.productId] ?? SamplingOrders.unnamed, id: $0.sampling.productId) }
        case .lab: return grouped { $0.sampling.lab }
        case .result: return (SamplingOrders.rank(a), a.sampling.id) < (SamplingOrders.rank(b), b.sampling.id)
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
