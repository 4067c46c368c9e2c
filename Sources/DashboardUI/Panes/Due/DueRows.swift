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
        haystacks = list.items.map { item in
            var words = [item.due.description, item.productId ?? "", item.what.zh, item.what.en, item.from.zh, item.from.en]
            words += [item.kind.label.zh, item.kind.label.en, item.group.label.zh, item.group.label.en]
            if let name = item.productName { words += [name.zh, name.en] }
            if let owner = item.owner { words += [owner.id, owner.name, owner.nameEn ?? ""] }
            return SearchHaystack(words.joined(separator: "\u{1F}").lowercased())
        }
        overdueCount = list.overdueCount
    }

    public var items: [DueItem] { list.items }
}
