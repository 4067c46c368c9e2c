import PilotCore

/// A pane of the dashboard: its names, key table, update and view. The app reaches a pane only through this.
protocol PaneComponent {
    static var title: Bilingual { get }
    /// The one-word name a narrow header uses.
    static var shortTitle: Bilingual { get }
    /// Its name as a `:` command (also in `biopilot render` messages).
    static var commandName: String { get }
    /// Its key tables, in the order the help lists them.
    static var bindings: [KeyBinding] { get }
    /// The scopes of its keys active in a state, most specific first (the global keys follow).
    static func scopes(_ state: AppState) -> [KeyScope]
    /// A command bound in one of its own scopes.
    static func run(_ state: inout AppState, _ command: Command) -> [Effect]
    static func render(into grid: inout Grid, area: Rect, _ state: AppState)
    /// The id of the record its list has selected, read before the data changes so `reload` can keep it.
    static func keptSelection(_ state: AppState) -> String?
    /// The model was updated to new data; `kept` is what `keptSelection` said before.
    static func reload(_ state: inout AppState, keeping kept: String?)
    /// A save ended (the pane may have an overlay waiting for it).
    static func saveFinished(_ state: inout AppState, ok: Bool)
    /// The screen was resized or the data reloaded: selections and scroll offsets back inside their rows.
    static func clamp(_ state: inout AppState)
    /// The record `:log` is about in this pane, if one is selected.
    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)?
    /// A key typed into the `/` filter prompt opened in this pane: the prompt's new text, or nil when it closes.
    static func filterKey(_ state: inout AppState, _ key: Key, _ input: TextInput) -> TextInput?
    /// The records it lists.
    static func recordCount(_ state: AppState) -> Int
    /// Its list's filter and counts, when it has a filterable list.
    static func filterStatus(_ state: AppState) -> FilterStatus?
    /// Selects a record by id (a day for the calendar) as `biopilot render --select` asks; false if there is none.
    static func select(_ state: inout AppState, id: String) -> Bool
}

extension PaneComponent {
    static func saveFinished(_ state: inout AppState, ok: Bool) {}
    static func clamp(_ state: inout AppState) {}
    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? { nil }
    static func filterKey(_ state: inout AppState, _ key: Key, _ input: TextInput) -> TextInput? { nil }
    static func filterStatus(_ state: AppState) -> FilterStatus? { nil }
}
