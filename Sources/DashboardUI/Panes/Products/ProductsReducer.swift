import PilotCore

/// The products pane: the list (filter, sort, matches) and the case it opens.
enum ProductsReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        switch command {
        case .filter:
            state.prompt = .filter(TextInput(state.products.filter))
        case .cycleSort:
            let selectedID = state.selectedRow?.product.id
            state.products.sort = state.products.sort.next
            ProductsReducer.refilter(&state, keepingSelection: selectedID)
            state.message = StatusMessage(text: Strings.sortedBy[L] + state.products.sort.label[L], isError: false)
        case .nextMatch, .previousMatch:
            // With a filter every listed row is a match: n and N step through them, wrapping around.
            let count = state.products.visible.count
            guard count > 0 else { break }
            let step = command == .nextMatch ? 1 : -1
            state.products.list.selected = (state.products.list.selected + step + count) % count
            state.products.list.scroll(count: count, height: Layout.listRows(state.size))
        case .open:
            if let row = state.selectedRow { state.products.detail = DetailState(productId: row.product.id) }
        case .addRecord:
            return RecordReducer.add(&state, .product)
        case .editRecord:
            if let id = state.products.detail?.productId ?? state.selectedRow?.product.id { return RecordReducer.edit(&state, .product, id) }
        case .advanceStage, .stageBack, .deleteRecord:
            if let id = state.products.detail?.productId ?? state.selectedRow?.product.id { return RecordReducer.productCommand(&state, command, id) }
        case .back:
            state.products.detail = nil
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            ListMotion.move(&state, command)
    default:
            break
        }
        return []
    }

    static func refilter(_ state: inout AppState, keepingSelection id: String?, narrowing: Bool = false) {
        let previous = narrowing ? state.products.visible : nil
        state.products.visible = state.model.visibleRows(filter: state.products.filter, sort: state.products.sort, within: previous)
        if let id, let position = state.products.visible.firstIndex(where: { state.model.rows[$0].product.id == id }) {
            state.products.list.selected = position
        } else {
            state.products.list.selected = 0
            state.products.list.offset = 0
        }
        state.products.list.scroll(count: state.products.visible.count, height: Layout.listRows(state.size))
    }
}
