import PilotCore

struct ProductListing: FilterableRows {
    let model: DashboardModel
    func order(_ sort: ProductSort) -> [Int] { model.orders[sort] ?? [] }
    func searchText(_ position: Int) -> String { model.rows[position].haystack }
    func id(_ position: Int) -> String { model.rows[position].product.id }
}
