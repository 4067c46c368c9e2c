import PilotCore

/// The products pane: the list of pilot products and the case it opens.
enum ProductsComponent: PaneComponent {
    static let title = Strings.paneProducts
    static let shortTitle = Bilingual(zh: "品种", en: "Products")
    static let commandName = "products"
    static var bindings: [KeyBinding] { Keymap.productList + Keymap.caseDetail }

    static func scopes(_ state: AppState) -> [KeyScope] {
        state.products.detail != nil ? [.caseDetail] : [.productList, .list]
    }

    static func run(_ state: inout AppState, _ command: Command) -> [Effect] { ProductsReducer.run(&state, command) }

    static func render(into grid: inout Grid, area: Rect, _ state: AppState) {
        if let detail = state.products.detail {
            CaseDetail.draw(into: &grid, area: area, state, detail)
        } else {
            ProductList.draw(into: &grid, area: area, state)
        }
    }

    static func keptSelection(_ state: AppState) -> String? { state.selectedRow?.product.id }

    static func reload(_ state: inout AppState, keeping kept: String?) {
        ProductsReducer.refilter(&state, keepingSelection: kept)
        if let detail = state.products.detail, state.model.index.data.products[id: detail.productId] == nil {
            state.products.detail = nil
        }
    }

    /// The list back inside its rows; the open case measured again (width, language, data) and its scroll inside it.
    static func clamp(_ state: inout AppState) {
        state.products.list.move(0, count: state.products.visible.count, height: Layout.listRows(state.size))
        ProductsReducer.remeasureCase(&state)
        if var detail = state.products.detail {
            detail.scroll = min(detail.scroll, max(0, detail.lineCount - Layout.detailRows(state.size)))
            state.products.detail = detail
        }
    }

    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? {
        (state.products.detail?.productId ?? state.selectedRow?.product.id).map { (.product, $0) }
    }

    static func filterKey(_ state: inout AppState, _ key: Key, _ input: TextInput) -> TextInput? {
        state.products.listing.filterKey(key, input, state.productListing, height: Layout.listRows(state.size))
    }

    static func recordCount(_ state: AppState) -> Int { state.products.visible.count }

    static func filterStatus(_ state: AppState) -> FilterStatus? {
        let filter = state.products.filter
        let note = state.selectedRow.flatMap { row in
            filter.isEmpty || state.products.detail != nil ? nil : ProductList.matchNote(row, state, width: Layout.body(state.size).width)
        }
        return FilterStatus(filter: filter, shown: state.products.visible.count, total: state.model.rows.count, note: note)
    }

    static func select(_ state: inout AppState, id: String) -> Bool {
        guard let position = state.products.visible.firstIndex(where: { state.model.rows[$0].product.id == id }) else { return false }
        state.products.list.move(position, count: recordCount(state), height: Layout.listRows(state.size))
        return true
    }
}
