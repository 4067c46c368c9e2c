import PilotCore

/// Sampling pane keys: filter, sort, add and edit samplings, the year summary.
enum SamplingReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        let rows = state.model.samplingListing
        let height = Layout.samplingListRows(state.size)
        switch command {
        case .filter:
            state.prompt = .filter(TextInput(state.sampling.filter))
        case .nextMatch, .previousMatch:
            state.sampling.listing.stepMatch(command == .nextMatch ? 1 : -1, height: height)
        case .cycleSort:
            state.sampling.listing.cycleSort(rows, height: height)
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
            _ = state.sampling.list.apply(command, count: state.sampling.visible.count, page: height)
        }
        return []
    }

    static func refilter(_ state: inout AppState, keepingSelection id: String?) {
        let rows = state.model.samplingListing
        state.sampling.listing.refilter(rows, keeping: id, height: Layout.samplingListRows(state.size))
    }
}
