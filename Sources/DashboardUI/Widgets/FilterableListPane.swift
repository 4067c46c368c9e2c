/// A pane state built around a filterable list: `filter`, `sort` and `visible` read through to it, and `list` is
/// its selection, named as in every other pane.
@dynamicMemberLookup
public protocol FilterableListPane {
    associatedtype Sort: ListSort
    var listing: FilterableList<Sort> { get set }
}

extension FilterableListPane {
    public subscript<Value>(dynamicMember field: WritableKeyPath<FilterableList<Sort>, Value>) -> Value {
        get { listing[keyPath: field] }
        set { listing[keyPath: field] = newValue }
    }

    public var list: ListState {
        get { listing.selection }
        set { listing.selection = newValue }
    }
}
