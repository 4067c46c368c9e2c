import PilotCore

/// The due list as the dashboard model keeps it, built once per store revision: the items, their search text
/// and the overdue count the status line shows on every pane.
public struct DueRows: Sendable {
    public private(set) var list: DueList
    /// Lower-cased product, what, from whom, owner, group and date in both languages, per item.
    private(set) var haystacks: [SearchHaystack]
    public private(set) var overdueCount: Int

    init(_ list: DueList) {
        self.list = list
        var search = SearchText()
        haystacks = list.items.map { Self.haystack($0, &search) }
        overdueCount = list.overdueCount
    }

    /// Redoes the items of the products `ids` in place (`DueList.update`): the kept items keep their search text,
    /// only the inserted ones are given theirs.
    mutating func update(products ids: Set<String>, index: PilotIndex, calendar: WorkingCalendar, coverage: CoverageReport) {
        let moves = list.update(products: ids, index: index, calendar: calendar, coverage: coverage)
        for at in moves.removed.reversed() { haystacks.remove(at: at) }
        var search = SearchText()
        for at in moves.inserted { haystacks.insert(Self.haystack(list.items[at], &search), at: at) }
        overdueCount = list.overdueCount
    }

    /// Each word lower-cased through `search`, which lower-cases a word outside ASCII once per list: the kinds,
    /// groups, labs and names recur in thousands of items, and `lowercased()` of each item's whole text was most of
    /// the due list's making (80 ms at 2,000 products).
    static func haystack(_ item: DueItem, _ search: inout SearchText) -> SearchHaystack {
        var words = [item.due.description, item.productId ?? "", item.what.zh, item.what.en, item.from.zh, item.from.en]
        words += [item.kind.label.zh, item.kind.label.en, item.group.label.zh, item.group.label.en]
        if let name = item.productName { words += [name.zh, name.en] }
        if let owner = item.owner { words += [owner.id, owner.name, owner.nameEn ?? ""] }
        return search.of(words: words, names: [])
    }

    public var items: [DueItem] { list.items }
}
