import PilotCore

/// What a filterable list shows: the row positions in each sort order, and each row's search text and record id.
protocol FilterableRows {
    associatedtype Sort: ListSort
    func order(_ sort: Sort) -> [Int]
    /// Lower-cased text in which every word of the filter must occur.
    func searchText(_ position: Int) -> SearchHaystack
    func id(_ position: Int) -> String
}
