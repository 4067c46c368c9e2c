import PilotCore

/// The products pane: the list (filter, sort, matches) and the case it opens.
enum ProductsReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        let rows = state.model.productListing
        let height = Layout.listRows(state.size)
        switch command {
        case .filter:
            state.prompt = .filter(TextInput(state.products.filter))
        case .cycleSort:
            state.products.listing.cycleSort(rows, height: height)
            state.message = StatusMessage(text: Strings.sortedBy[L] + state.products.sort.label[L], isError: false)
        case .nextMatch, .previousMatch:
            state.products.listing.stepMatch(command == .nextMatch ? 1 : -1, height: height)
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
            state.products.detail = nil
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            ListMotion.move(&state, command)
        default:
            break
        }
        return []
    }

    static func refilter(_ state: inout AppState, keepingSelection id: String?) {
        let rows = state.model.productListing
        state.products.listing.refilter(rows, keeping: id, height: Layout.listRows(state.size))
    }

    /// Opens a case at its top, measuring its document once.
    static func openCase(_ state: inout AppState, _ id: String) {
        state.products.detail = DetailState(productId: id, lineCount: CaseDetail.lineCount(state, productId: id))
    }

    /// Measures the open case's document again after the data, the screen width or the language changed.
    static func remeasureCase(_ state: inout AppState) {
        guard let id = state.products.detail?.productId else { return }
        let lineCount = CaseDetail.lineCount(state, productId: id)
        state.products.detail?.lineCount = lineCount
    }
}
