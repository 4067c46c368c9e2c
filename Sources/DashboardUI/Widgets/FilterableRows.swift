import PilotCore

/// What a filterable list shows: the row positions in each sort order, and each row's search text and record id.
protocol FilterableRows {
    associatedtype Sort: ListSort
    func order(_ sort: Sort) -> [Int]
    /// Lower-cased text in which every word of the filter must occur.
    func searchText(_ position: Int) -> SearchHaystack
    func id(_ position: Int) -> String
    /// The rows of `base` (in its order) whose search text holds every term; `narrowing`: `base` is the previous
    /// keystroke's matches rather than every row.
    func filter(_ base: [Int], by terms: [SearchTerm], narrowing: Bool) -> [Int]
}

extension FilterableRows {
    func filter(_ base: [Int], by terms: [SearchTerm], narrowing: Bool) -> [Int] {
        base.filter { searchText($0).contains(all: terms) }
    }
}
