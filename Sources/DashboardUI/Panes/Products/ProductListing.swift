import PilotCore

struct ProductListing: FilterableRows {
    let model: DashboardModel
    /// The order by name is the language's.
    let language: Language
    func order(_ sort: ProductSort) -> [Int] { (sort == .name ? model.nameOrders[language] : model.orders[sort]) ?? [] }
    func searchText(_ position: Int) -> SearchHaystack { model.rows[position].haystack }
    func id(_ position: Int) -> String { model.rows[position].product.id }
}

extension AppState {
    /// The product rows as the products list filters and sorts them in the screen's language.
    var productListing: ProductListing { ProductListing(model: model, language: language) }
}
