import PilotCore

/// The keys of an open case that act on its findings and risk-control measures: `n`/`N` select one, `m` adds a
/// measure answering the selected finding, `Enter` edits the selected measure, `x` marks it done.
enum CaseMeasures {
    /// The effects of a command this handles, or nil for a command it leaves to the case.
    static func run(_ state: inout AppState, _ command: Command) -> [Effect]? {
        guard let detail = state.products.detail else { return nil }
        let L = state.language
        switch command {
        case .nextMatch, .previousMatch:
            select(&state, detail, forward: command == .nextMatch)
            return []
        case .addMeasure:
            guard !ReadOnlyGuard.refuse(&state) else { return [] }
            let data = state.model.index.data
            let finding: AnsweredFinding? =
                switch detail.item {
                case .finding(let f)?: f
                case .measure(let id)?: data.measures[id: id]?.answers
                case nil: nil
                }
            guard let finding else {
                state.message = StatusMessage(text: Strings.measureChooseFinding[L], isError: true)
                return []
            }
            state.form = MeasureForms.newForm(productId: detail.productId, finding: finding, state: state)
            return []
        case .open, .closeMeasure:
            guard case .measure(let id)? = detail.item, let m = state.model.index.data.measures[id: id] else {
                if command == .closeMeasure { state.message = StatusMessage(text: Strings.measureNotSelected[L], isError: true) }
                return []
            }
            guard !ReadOnlyGuard.refuse(&state) else { return [] }
            state.form = command == .open ? MeasureForms.form(m, state: state, editing: true) : MeasureForms.doneForm(m, state: state)
            return []
        default:
            return nil
        }
    }

    /// Moves the selection to the next (or previous) finding or measure, wrapping, and scrolls it into view.
    static func select(_ state: inout AppState, _ detail: DetailState, forward: Bool) {
        let items = CaseDetail.document(state, productId: detail.productId, width: state.size.width - 2).items
        guard !items.isEmpty else { return }
        let current = detail.item.flatMap { item in items.firstIndex { $0.0 == item } }
        let next =
            current.map { (forward ? $0 + 1 : $0 - 1 + items.count) % items.count } ?? (forward ? 0 : items.count - 1)
        state.products.detail = focused(detail, items[next], state)
    }

    /// Selects `item` in the open case and scrolls it into view (another pane's Enter landing on a record); a
    /// record the case does not list leaves the case at its top.
    static func select(_ state: inout AppState, _ item: CaseItem) {
        guard let detail = state.products.detail else { return }
        let items = CaseDetail.document(state, productId: detail.productId, width: state.size.width - 2).items
        guard let found = items.first(where: { $0.0 == item }) else { return }
        state.products.detail = focused(detail, found, state)
    }

    /// The case with `item` (at document line `line`) selected, scrolled to show it with two lines above.
    private static func focused(_ detail: DetailState, _ item: (CaseItem, Int), _ state: AppState) -> DetailState {
        var moved = detail
        moved.item = item.0
        let line = item.1
        let page = Layout.detailRows(state.size)
        if line < moved.scroll || line >= moved.scroll + page { moved.scroll = max(0, min(line - 2, detail.lineCount - page)) }
        return moved
    }
}
