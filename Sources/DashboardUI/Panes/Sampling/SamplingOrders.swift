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

    init(_ rows: [SamplingRow], products: some Sequence<PilotProduct>) {
        for p in products { name(p.id, p) }
        for commissioned in [false, true] {
            let positions = rows.indices.filter { rows[$0].sampling.commissioned == commissioned }
            let newest = positions.sorted { SamplingOrders.newer(rows[$0], rows[$1]) }
            var lists: [SamplingSort: [Int]] = [:]
            for sort in SamplingSort.allCases {
                lists[sort] =
                    sort == .newest ? newest : newest.sorted { SamplingOrders.precedes(sort, .zh, rows[$0], rows[$1], zh: zh, en: en) }
            }
            orders[commissioned] = lists
            productEn[commissioned] = newest.sorted { SamplingOrders.precedes(.product, .en, rows[$0], rows[$1], zh: zh, en: en) }
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

    /// The order of two rows: by the sort's key (a product, a lab), and within one key newest first; by result, fails
    /// and overdue first, then by id.
    private static func precedes(
        _ sort: SamplingSort, _ language: Language, _ a: SamplingRow, _ b: SamplingRow, zh: [String: PinyinKey], en: [String: String]
    ) -> Bool {
        func rank(_ r: SamplingRow) -> Int {
            r.sampling.conclusion == .fail ? 0 : (r.status.isOverdue ? 1 : (r.sampling.conclusion == .pending ? 2 : 3))
        }
        func grouped<K: Comparable>(_ key: (SamplingRow) -> K) -> Bool {
            let (x, y) = (key(a), key(b))
            return x < y || (x == y && SamplingOrders.newer(a, b))
        }
        switch sort {
        case .newest: return SamplingOrders.newer(a, b)
        case .product where language == .en: return grouped { ProductKey(name: en[$0.sampling.productId] ?? "", id: $0.sampling.productId) }
        case .product: return grouped { ProductKey(name: zh[$0.sampling.productId] ?? SamplingOrders.unnamed, id: $0.sampling.productId) }
        case .lab: return grouped { $0.sampling.lab }
        case .result: return (rank(a), a.sampling.id) < (rank(b), b.sampling.id)
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
