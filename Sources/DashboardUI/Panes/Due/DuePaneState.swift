import PilotCore

/// The due pane: the filterable list of due items (read as `due.filter`, `due.visible`) and whether it shows
/// only the current user's.
public struct DuePaneState: FilterableListPane, Equatable, Sendable {
    public var listing = FilterableList(sort: DueSort.soonest)
    /// `m`: only the rows the current user owns.
    public var mine = false
    /// Whether the list was made from the model's due list, which is made after the first frame
    /// (`AppState.settleModel`); until then the pane lists nothing.
    public var listed = false
}
