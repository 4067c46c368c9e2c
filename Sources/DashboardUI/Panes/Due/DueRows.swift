import PilotCore

/// The due list as the dashboard model keeps it, built once per store revision: the items, their search text
/// and the overdue count the status line shows on every pane.
public struct DueRows: Sendable {
    public let list: DueList
    /// Lower-cased product, what, from whom, owner, group and date in both languages, per item.
    let haystacks: [SearchHaystack]
    public let overdueCount: Int

    init(_ list: DueList) {
        self.list = list
        haystacks = list.items.map(Self.haystack)
        overdueCount = list.overdueCount
    }

    /// The rows after an edit: the kept items keep their search text, only the inserted ones are given theirs.
    init(updating old: DueRows, _ update: DueList.Update) {
        list = update.list
        var haystacks: [SearchHaystack] = []
        haystacks.reserveCapacity(list.items.count)
        var (next, skip, insert) = (0, 0, 0)
        for (position, item) in list.items.enumerated() {
            if insert < update.inserted.count && update.inserted[insert] == position {
                haystacks.append(Self.haystack(item))
                insert += 1
                continue
            }
            while skip < update.removed.count && update.removed[skip] == next { (next, skip) = (next + 1, skip + 1) }
            haystacks.append(old.haystacks[next])
            next += 1
        }
        self.haystacks = haystacks
        overdueCount = list.overdueCount
    }

    static func haystack(_ item: DueItem) -> SearchHaystack {
        var words = [item.due.description, item.productId ?? "", item.what.zh, item.what.en, item.from.zh, item.from.en]
        words += [item.kind.label.zh, item.kind.label.en, item.group.label.zh, item.group.label.en]
        if let name = item.productName { words += [name.zh, name.en] }
        if let owner = item.owner { words += [owner.id, owner.name, owner.nameEn ?? ""] }
        return SearchHaystack(words.joined(separator: "\u{1F}").lowercased())
    }

    public var items: [DueItem] { list.items }
}
