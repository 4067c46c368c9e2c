import PilotCore

/// The sampling pane: the filterable list of samplings (its filter, sort and matches read as `sampling.filter`,
/// `sampling.sort`, `sampling.visible`), and what the panel beside it shows.
public struct SamplingPaneState: FilterableListPane, Equatable, Sendable {
    public var listing = FilterableList(sort: SamplingSort.newest)
    /// The year summary per product and lab instead of the detail panel.
    public var summary = false
    public var summaryYear: Int
    /// `w`: the commissioned-testing log (委托检验) instead of the supervisory samplings; the two never mix.
    public var commissioned = false
    /// Whether the list was made from the model's sampling list, which is made after the first frame
    /// (`AppState.settleModel`); until then the pane lists nothing and is not shown.
    public var listed = false
}
