import PilotCore

/// The products pane: the list (filter, sort, matches) and the case it opens.
enum ProductsReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        if state.products.detail == nil,
            ListCommands.run(&state, \.products.listing, state.productListing, height: Layout.listRows(state.size), command)
        {
            return []
        }
        if state.products.detail != nil, let effects = CaseMeasures.run(&state, command) { return effects }
        switch command {
        case .open:
            if let row = state.selectedRow { openCase(&state, row.product.id) }
        case .addRecord:
            return RecordReducer.add(&state, .product)
        case .editRecord:
            if let id = state.products.detail?.productId ?? state.selectedRow?.product.id {
                return RecordReducer.edit(&state, .product, id)
            }
        case .advanceStage, .stageBack, .deleteRecord:
            if let id = state.products.detail?.productId ?? state.selectedRow?.product.id {
                return RecordReducer.productCommand(&state, command, id)
            }
        case .back:
            // Back where the case was opened from, so the next key means what it meant there.
            let from = state.products.detail?.openedFrom ?? .products
            state.products.detail = nil
            state.pane = from
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            scrollCase(&state, command)
        default:
            break
        }
        return []
    }

    static func refilter(_ state: inout AppState, keepingSelection id: String?) {
        let rows = state.productListing
        state.products.listing.refilter(rows, keeping: id, height: Layout.listRows(state.size))
    }

    /// Opens a case at its top, measuring its document once.
    static func openCase(_ state: inout AppState, _ id: String) {
        state.products.detail = DetailState(productId: id, lineCount: CaseDetail.lineCount(state, productId: id))
    }

    /// Scrolls the open case by a line, a page, or to its top or bottom, never past its last page.
    static func scrollCase(_ state: inout AppState, _ command: Command) {
        guard var detail = state.products.detail else { return }
        let page = Layout.detailRows(state.size)
        let last = max(0, detail.lineCount - page)
        switch command {
        case .down: detail.scroll += 1
        case .up: detail.scroll -= 1
        case .pageDown: detail.scroll += page - 1
        case .pageUp: detail.scroll -= page - 1
        case .top: detail.scroll = 0
        case .bottom: detail.scroll = last
        default: break
        }
        detail.scroll = min(max(0, detail.scroll), last)
        state.products.detail = detail
    }

    /// Measures the open case's document again after the data, the screen width or the language changed.
    static func remeasureCase(_ state: inout AppState) {
        guard let id = state.products.detail?.productId else { return }
        let lineCount = CaseDetail.lineCount(state, productId: id)
        state.products.detail?.lineCount = lineCount
    }
}
