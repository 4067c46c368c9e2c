extension DueList {
    /// Where an item sorts: its due day, then its kind (in `DueKind`'s order), product and record.
    struct SortKey: Comparable {
        let due: Int
        let kind: Int
        let product: String
        let record: String

        init(_ item: DueItem) {
            due = item.due.dayNumber
            kind = Self.kinds[item.kind] ?? 0
            product = item.productId ?? ""
            record = item.record?.id ?? ""
        }

        static let kinds = Dictionary(uniqueKeysWithValues: DueKind.allCases.enumerated().map { ($1, $0) })

        static func < (a: SortKey, b: SortKey) -> Bool { (a.due, a.kind, a.product, a.record) < (b.due, b.kind, b.product, b.record) }
    }
}
