import PilotCore

/// Sampling pane keys: filter, sort, add and edit samplings, the year summary.
enum SamplingReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        if ListCommands.run(&state, \.sampling.listing, state.samplingListing, height: Layout.samplingListRows(state.size), command) {
            return []
        }
        switch command {
        case .addRecord:
            guard !ReadOnlyGuard.refuse(&state) else { break }
            guard !state.model.rows.isEmpty else {
                state.message = StatusMessage(text: Strings.addProductFirst[state.language], isError: true)
                break
            }
            state.form = SamplingForms.newForm(state: state)
        case .editRecord:
            guard !ReadOnlyGuard.refuse(&state) else { break }
            guard let row = state.selectedSampling else { break }
            var form = SamplingForms.form(row.sampling, state: state, purpose: .editSampling(row.sampling.id))
            // A pending result is usually opened to enter its report.
            if row.sampling.conclusion == .pending { form.focus(on: SamplingFormField.reportNo) }
            state.form = form
        case .addMeasure:
            guard !ReadOnlyGuard.refuse(&state), let row = state.selectedSampling else { break }
            state.form = MeasureForms.newForm(
                productId: row.sampling.productId, finding: AnsweredFinding(.sampling, row.sampling.id), state: state)
        case .deleteRecord:
            guard let row = state.selectedSampling else { break }
            return RecordReducer.askDelete(&state, .sampling, row.sampling.id)
        case .toggleCommissioned:
            // The filter and the sort carry over; the selection starts at the top of the other list.
            state.sampling.commissioned.toggle()
            refilter(&state, keepingSelection: nil)
            let L = state.language
            state.message = StatusMessage(
                text: state.sampling.commissioned ? CommissionedLog.title[L] : CommissionedLog.supervisoryTitle[L], isError: false)
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

    static func refilter(_ state: inout AppState, keepingSelection id: String?) {
        let rows = state.samplingListing
        state.sampling.listing.refilter(rows, keeping: id, height: Layout.samplingListRows(state.size))
        state.sampling.listed = true
    }
}
