import PilotCore

/// The due pane (待办): everything with a date someone owes, across all cases, soonest first.
enum DueComponent: PaneComponent {
    static let title = Bilingual(zh: "待办", en: "Due")
    static let shortTitle = Bilingual(zh: "待办", en: "Due")
    static let commandName = "due"
    static var bindings: [KeyBinding] { Keymap.dueList }

    static func scopes(_ state: AppState) -> [KeyScope] { [.dueList, .list] }

    static func run(_ state: inout AppState, _ command: Command) -> [Effect] { DueReducer.run(&state, command) }

    static func render(into grid: inout Grid, area: Rect, _ state: AppState) { DueScreen.draw(into: &grid, state) }

    static func keptSelection(_ state: AppState) -> String? { state.selectedDueItem?.uid }

    static func reload(_ state: inout AppState, keeping kept: String?) {
        // Not listed yet: it will be, from the model as it is then.
        guard state.due.listed else { return }
        DueReducer.refilter(&state, keepingSelection: kept)
    }

    static func clamp(_ state: inout AppState) {
        state.due.list.move(0, count: state.due.visible.count, height: Layout.dueListRows(state.size))
    }

    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? {
        state.selectedDueItem?.record.map { ($0.kind, $0.id) }
    }

    static func filterKey(_ state: inout AppState, _ key: Key, _ input: TextInput) -> TextInput? {
        state.due.listing.filterKey(key, input, DueReducer.listing(state), height: Layout.dueListRows(state.size))
    }

    static func recordCount(_ state: AppState) -> Int { state.due.visible.count }

    static func filterStatus(_ state: AppState) -> FilterStatus? {
        FilterStatus(filter: state.due.filter, shown: state.due.visible.count, total: state.model.due.items.count)
    }

    static func select(_ state: inout AppState, id: String) -> Bool {
        state.settleModel(showing: .due)
        guard let position = state.due.visible.firstIndex(where: { state.model.due.items[$0].uid == id }) else { return false }
        state.due.list.move(position - state.due.list.selected, count: recordCount(state), height: Layout.dueListRows(state.size))
        return true
    }
}
