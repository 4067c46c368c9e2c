import PilotCore

/// The sampling pane: the filterable list of samplings (its filter, sort and matches read as `sampling.filter`,
/// `sampling.sort`, `sampling.visible`), and what the panel beside it shows.
@dynamicMemberLookup
public struct SamplingPaneState: Equatable, Sendable {
    public var listing = FilterableList(sort: SamplingSort.newest)
    /// The year summary per product and lab instead of the detail panel.
    public var summary = false
    public var summaryYear: Int

    public subscript<Value>(dynamicMember field: WritableKeyPath<FilterableList<SamplingSort>, Value>) -> Value {
        get { listing[keyPath: field] }
        set { listing[keyPath: field] = newValue }
    }

    /// The list's selection and scroll, named as in every other pane.
    public var list: ListState {
        get { listing.selection }
        set { listing.selection = newValue }
    }
}
