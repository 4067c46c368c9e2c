import PilotCore

extension AppState {
    /// Opens the dashboard as the user's preferences ask: the coverage pane narrowed to the home province (a GB/T
    /// code; nil for every province) and the products list in the preferred order.
    public mutating func applyPreferences(homeProvince: String?, productSort: ProductSort) {
        coverage.province = homeProvince
        CoverageView.recompute(&self)
        products.sort = productSort
        ProductsReducer.refilter(&self, keepingSelection: nil)
    }
}
