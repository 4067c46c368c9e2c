import PilotCore

/// Sampling pane keys: filter, sort, add and edit samplings, the year summary.
enum SamplingReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        switch command {
        case .filter:
            state.prompt = .filter(TextInput(state.sampling.filter))
        case .nextMatch, .previousMatch:
            let count = state.sampling.visible.count
            guard count > 0 else { break }
            state.sampling.list.selected = (state.sampling.list.selected + (command == .nextMatch ? 1 : -1) + count) % count
            state.sampling.list.scroll(count: count, height: SamplingScreen.listRows(state))
        case .cycleSort:
            state.sampling.sort = state.sampling.sort.next
            refilter(&state, keepingSelection: state.selectedSampling?.sampling.id)
            state.message = StatusMessage(text: Strings.sortedBy[L] + state.sampling.sort.label[L], isError: false)
        case .addRecord:
            guard !ReadOnlyGuard.refuse(&state) else { break }
            state.form = SamplingForms.newForm(state: state)
        case .editRecord:
            guard !ReadOnlyGuard.refuse(&state) else { break }
            guard let row = state.selectedSampling else { break }
            var form = SamplingForms.form(row.sampling, state: state, purpose: .editSampling(row.sampling.id))
            // A pending result is usually opened to enter its report.
            if row.sampling.conclusion == .pending { form.focus(on: SamplingFormField.reportNo) }
            state.form = form
        case .toggleSummary:
            state.sampling.summary.toggle()
        case .previousYear:
            state.sampling.summaryYear -= 1
            state.sampling.summary = true
        case .nextYear:
            state.sampling.summaryYear += 1
            state.sampling.summary = true
        default:
            break
        }
        return []
    }

    static func refilter(_ state: inout AppState, keepingSelection id: String?, narrowing: Bool = false) {
        let previous = narrowing ? state.sampling.visible : nil
        state.sampling.visible = state.model.visibleSamplings(filter: state.sampling.filter, sort: state.sampling.sort, within: previous)
        if let id, let position = state.sampling.visible.firstIndex(where: { state.model.samplingRows[$0].sampling.id == id }) {
            state.sampling.list.selected = position
        } else {
            state.sampling.list = ListState()
        }
        state.sampling.list.scroll(count: state.sampling.visible.count, height: SamplingScreen.listRows(state))
    }
}
