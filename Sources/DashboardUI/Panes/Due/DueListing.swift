import PilotCore

/// The due rows a filter searches: every item, or (`m`) only those the user owns.
struct DueListing: FilterableRows {
    let rows: DueRows
    /// The current user when the pane shows only their rows.
    let owner: String?

    func order(_ sort: DueSort) -> [Int] {
        let items = rows.items
        guard let owner else { return Array(items.indices) }
        return items.indices.filter { items[$0].owner?.matches(owner) == true }
    }

    func searchText(_ position: Int) -> SearchHaystack { rows.haystacks[position] }
    func id(_ position: Int) -> String { rows.items[position].uid }
}
