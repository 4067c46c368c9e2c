import PilotCore

/// The products pane: the filterable list of cases (its filter, sort and matches read as `products.filter`,
/// `products.sort`, `products.visible`), and the case being read.
@dynamicMemberLookup
public struct ProductsPaneState: Equatable, Sendable {
    public var listing = FilterableList(sort: ProductSort.id)
    /// The case being read, and how far it is scrolled.
    public var detail: DetailState?

    public subscript<Value>(dynamicMember field: WritableKeyPath<FilterableList<ProductSort>, Value>) -> Value {
        get { listing[keyPath: field] }
        set { listing[keyPath: field] = newValue }
    }

    /// The list's selection and scroll, named as in every other pane.
    public var list: ListState {
        get { listing.selection }
        set { listing.selection = newValue }
    }
}
