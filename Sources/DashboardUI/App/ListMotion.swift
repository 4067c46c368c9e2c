import PilotCore

/// Moving a list's selection or a document's scroll, and keeping both inside their bounds after a resize or reload.
enum ListMotion {
    static func move(_ state: inout AppState, _ command: Command) {
        if state.pane == .products, var detail = state.products.detail {
            let page = Layout.detailRows(state.size)
            let lines = CaseDetail.lineCount(state, productId: detail.productId)
            let last = max(0, lines - page)
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
        let page = Layout.listRows(state.size)
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

    static func clamp(_ state: inout AppState) {
        let page = Layout.listRows(state.size)
        state.products.list.move(0, count: state.products.visible.count, height: page)
        state.sampling.list.move(0, count: state.sampling.visible.count, height: SamplingScreen.listRows(state))
        state.coverage.list.move(0, count: state.coverage.lines.count, height: CoverageScreen.listRows(state))
        if var detail = state.products.detail {
            let last = max(0, CaseDetail.lineCount(state, productId: detail.productId) - Layout.detailRows(state.size))
            detail.scroll = min(detail.scroll, last)
            state.products.detail = detail
        }
    }
}
