import PilotCore

extension DashboardModel {
    /// Row positions in each sort order other than by name, the same as sorting with `precedes`, but compared
    /// through keys read once per row: comparing the rows themselves copied two whole rows, every field retained,
    /// per comparison (48 ms of the first frame at 2,000 products).
    static func keyedOrders(_ rows: [ProductRow]) -> [ProductSort: [Int]] {
        let idRanks = ranksById(rows)
        return Dictionary(
            uniqueKeysWithValues: keyedSorts.map { sort in
                switch sort {
                case .province: (sort, positions(by: rows.map { $0.leadProvince?.code ?? "" }, idRanks))
                case .stage: (sort, positions(by: rows.map { -($0.product.stage?.order ?? -1) }, idRanks))
                // Errors, then warnings, both descending, as one key.
                case .findings: (sort, positions(by: rows.map { -($0.errors << 32 | $0.warnings) }, idRanks))
                case .id, .name: (sort, positions(by: idRanks, idRanks))
                }
            })
    }

    /// Row positions by name in each language (`precedesByName`), through keys read once per row.
    static func nameOrders(_ rows: [ProductRow]) -> [Language: [Int]] {
        let idRanks = ranksById(rows)
        return Dictionary(
            uniqueKeysWithValues: Language.allCases.map { L in
                switch L {
                case .en: (L, positions(by: rows.map(\.nameKeyEn), idRanks))
                case .zh: (L, positions(by: rows.map(\.nameKey), idRanks))
                }
            })
    }

    /// Each row's place in the order by id: the tie-break of every sort, compared as a number.
    private static func ranksById(_ rows: [ProductRow]) -> [Int] {
        let ids = rows.map(\.product.id)
        var ranks = [Int](repeating: 0, count: rows.count)
        for (rank, position) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { ranks[position] = rank }
        return ranks
    }

    /// The positions of `keys` in ascending order of the key, then the id.
    private static func positions<Key: Comparable>(by keys: [Key], _ idRanks: [Int]) -> [Int] {
        keys.indices.sorted { (keys[$0], idRanks[$0]) < (keys[$1], idRanks[$1]) }
    }
}
