import PilotCore

/// The sampling list's row positions in each sort, for the supervisory samplings and the commissioned log apart,
/// sorted once per revision: a filter keystroke only filters (at 200k samplings a sort per keystroke cost ~0.4 s).
struct SamplingOrders: Sendable {
    private let orders: [Bool: [SamplingSort: [Int]]]
    /// By product in English: the English names alphabetically.
    private let productEn: [Bool: [Int]]

    init(_ rows: [SamplingRow], products: some Sequence<PilotProduct>) {
        // One name key per product, not per row.
        var zh: [String: PinyinKey] = [:]
        var en: [String: String] = [:]
        for p in products {
            zh[p.id] = PinyinKey(p.name)
            en[p.id] = p.displayName(.en).lowercased()
        }
        let unnamed = PinyinKey("")
        var orders: [Bool: [SamplingSort: [Int]]] = [:]
        var productEn: [Bool: [Int]] = [:]
        for commissioned in [false, true] {
            let positions = rows.indices.filter { rows[$0].sampling.commissioned == commissioned }
            func newestFirst(_ a: Int, _ b: Int) -> Bool {
                (rows[a].sampling.sampledOn, rows[a].sampling.id) > (rows[b].sampling.sampledOn, rows[b].sampling.id)
            }
            func rank(_ r: SamplingRow) -> Int {
                r.sampling.conclusion == .fail ? 0 : (r.status.isOverdue ? 1 : (r.sampling.conclusion == .pending ? 2 : 3))
            }
            let newest = positions.sorted(by: newestFirst)
            var age = [Int](repeating: 0, count: rows.count)
            for (n, i) in newest.enumerated() { age[i] = n }
            // Sorted by a key, and within one key (a product, a lab) newest first.
            func grouped<K: Comparable>(_ key: (Int) -> K) -> [Int] {
                newest.sorted { a, b in
                    let (x, y) = (key(a), key(b))
                    return x < y || (x == y && age[a] < age[b])
                }
            }
            let productId = { (i: Int) in rows[i].sampling.productId }
            orders[commissioned] = [
                .newest: newest,
                .product: grouped { ProductKey(name: zh[productId($0)] ?? unnamed, id: productId($0)) },
                .lab: grouped { rows[$0].sampling.lab },
                .result: positions.sorted { (rank(rows[$0]), rows[$0].sampling.id) < (rank(rows[$1]), rows[$1].sampling.id) },
            ]
            productEn[commissioned] = grouped { ProductKey(name: en[productId($0)] ?? "", id: productId($0)) }
        }
        self.orders = orders
        self.productEn = productEn
    }

    /// How many rows the list holds: the supervisory samplings, or the commissioned tests.
    func count(commissioned: Bool) -> Int { orders[commissioned]?[.newest]?.count ?? 0 }

    func order(_ sort: SamplingSort, _ language: Language, commissioned: Bool) -> [Int] {
        if sort == .product && language == .en { return productEn[commissioned] ?? [] }
        return orders[commissioned]?[sort] ?? []
    }
}

/// A product's name key, then its id (two products of one name stay apart).
private struct ProductKey<Name: Comparable>: Comparable {
    let name: Name
    let id: String
    static func < (a: Self, b: Self) -> Bool { (a.name, a.id) < (b.name, b.id) }
}
