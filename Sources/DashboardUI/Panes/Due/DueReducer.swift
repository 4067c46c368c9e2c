import PilotCore

/// The due pane's keys: move and filter the list, show only mine, and open the record an item comes from.
enum DueReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let height = Layout.dueListRows(state.size)
        if ListCommands.run(&state, \.due.listing, listing(state), height: height, command) { return [] }
        let L = state.language
        switch command {
        case .toggleMine:
            state.due.mine.toggle()
            refilter(&state, keepingSelection: state.selectedDueItem?.uid)
            let text =
                state.due.mine
                ? Bilingual(
                    zh: "只看 \(state.context.user) 负责的：\(state.due.visible.count) 项",
                    en: "only \(state.context.user)'s: \(state.due.visible.count)")
                : Bilingual(zh: "全部待办", en: "everything due")
            state.message = StatusMessage(text: text[L], isError: false)
        case .open:
            guard let item = state.selectedDueItem else { break }
            open(&state, item)
        case .closeMeasure:
            closeMeasure(&state)
        default:
            break
        }
        return []
    }

    /// The rows the list shows: all, or the current user's.
    static func listing(_ state: AppState) -> DueListing {
        DueListing(rows: state.model.due, owner: state.due.mine ? state.context.user : nil)
    }

    static func refilter(_ state: inout AppState, keepingSelection uid: String?) {
        state.due.listing.refilter(listing(state), keeping: uid, height: Layout.dueListRows(state.size))
        state.due.listed = true
    }

    /// An inspection's item opens its card over this pane; any other product's item opens the case on the measure
    /// or sampling it comes from (selected, so `x`, `m` and Enter act on it), and Esc comes back here; the
    /// province's summary says how to record it.
    static func open(_ state: inout AppState, _ item: DueItem) {
        let L = state.language
        if let record = item.record, record.kind == .inspection {
            state.inspectionCard = record.id
        } else if let productId = item.productId, state.model.index.data.products[id: productId] != nil {
            CoverageReducer.openCase(&state, productId)
            state.products.detail?.openedFrom = .due
            switch item.record {
            case let record? where record.kind == .measure: CaseMeasures.select(&state, .measure(record.id))
            case let record? where record.kind == .sampling: CaseMeasures.select(&state, .finding(AnsweredFinding(.sampling, record.id)))
            default: break
            }
        } else if item.kind == .provinceSummary {
            state.message = StatusMessage(
                text: Bilingual(
                    zh: "报送后登记：biopilot set setting \(ProvinceSummary.settingKey)=\"日期 文号\"",
                    en: "record it once sent: biopilot set setting \(ProvinceSummary.settingKey)=\"DATE NUMBER\"")[L], isError: false)
        } else {
            state.message = StatusMessage(text: Bilingual(zh: "此项没有可打开的记录", en: "nothing to open for this item")[L], isError: false)
        }
    }

    /// `x`: the selected measure's "mark done" form, as the case's `x` opens it (the day and the evidence).
    static func closeMeasure(_ state: inout AppState) {
        guard let record = state.selectedDueItem?.record, record.kind == .measure,
            let measure = state.model.index.data.measures[id: record.id]
        else {
            // Short, so the status line shows it whole at 80 columns.
            state.message = StatusMessage(
                text: Bilingual(zh: "x：此行不是风险控制措施", en: "x: not a measure")[state.language], isError: true)
            return
        }
        guard !ReadOnlyGuard.refuse(&state) else { return }
        state.form = MeasureForms.doneForm(measure, state: state)
    }
}

extension AppState {
    /// The due item under the cursor.
    var selectedDueItem: DueItem? {
        guard let position = due.listing.selectedPosition else { return nil }
        return model.due.items[position]
    }
}
