import PilotCore

/// Moving a list's selection or a document's scroll, and keeping both inside their bounds after a resize or reload.
enum ListMotion {
    static func move(_ state: inout AppState, _ command: Command) {
        if state.pane == .products, var detail = state.products.detail {
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
            return
        }
        let count = state.recordCount(state.pane)
        let page = state.pane == .sampling ? Layout.samplingListRows(state.size) : Layout.listRows(state.size)
        var list = state.pane == .products ? state.products.list : (state.pane == .sampling ? state.sampling.list : state.coverage.list)
        switch command {
        case .down: list.move(1, count: count, height: page)
        case .up: list.move(-1, count: count, height: page)
        case .pageDown: list.move(page, count: count, height: page)
        case .pageUp: list.move(-page, count: count, height: page)
        case .top: list.move(-count, count: count, height: page)
        case .bottom: list.move(count, count: count, height: page)
        default: break
        }
        switch state.pane {
        case .products: state.products.list = list
        case .sampling: state.sampling.list = list
        default: state.coverage.list = list
        }
    }

    /// After a resize or a reload: lists back inside their rows, the open case measured again and its scroll inside it.
    static func clamp(_ state: inout AppState) {
        state.products.list.move(0, count: state.products.visible.count, height: Layout.listRows(state.size))
        state.sampling.list.move(0, count: state.sampling.visible.count, height: Layout.samplingListRows(state.size))
        state.coverage.list.move(0, count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
        ProductsReducer.remeasureCase(&state)
        if var detail = state.products.detail {
            detail.scroll = min(detail.scroll, max(0, detail.lineCount - Layout.detailRows(state.size)))
            state.products.detail = detail
        }
    }
}
