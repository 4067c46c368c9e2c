import PilotCore

/// The one-line prompts at the bottom: filter, command line, go to date, reason, rectification date, confirm.
enum PromptReducer {
    static func handle(_ state: inout AppState, _ prompt: Prompt, _ key: Key) -> [Effect] {
        let L = state.language
        switch prompt {
        case .filter(let input):
            // One filter prompt for both filterable lists: the one of the pane it was opened in.
            if state.pane == .sampling {
                let (rows, height) = (state.model.samplingListing, Layout.samplingListRows(state.size))
                state.prompt = state.sampling.listing.filterKey(key, input, rows, height: height).map(Prompt.filter)
            } else {
                let (rows, height) = (state.model.productListing, Layout.listRows(state.size))
                state.prompt = state.products.listing.filterKey(key, input, rows, height: height).map(Prompt.filter)
            }
            return []
        case .command(var input):
            switch key {
            case .enter:
                state.prompt = nil
                return CommandLineReducer.execute(&state, input.text)
            case .escape:
                state.prompt = nil
            case .backspace where input.text.isEmpty:
                state.prompt = nil
            default:
                if input.handle(key) { state.prompt = .command(input) }
            }
            return []
        case .goToDate(var input):
            switch key {
            case .enter: CalendarReducer.goTo(&state, input.text)
            case .escape: state.prompt = nil
            default: if input.handle(key) { state.prompt = .goToDate(input) }
            }
            return []
        case .reason(let purpose, var input):
            switch key {
            case .enter: return CalendarReducer.reasonGiven(&state, purpose, input.text)
            case .escape: state.prompt = nil
            default: if input.handle(key) { state.prompt = .reason(purpose, input) }
            }
            return []
        case .closeRectification(let inspection, var input):
            switch key {
            case .enter: return CalendarReducer.closeRectification(&state, inspection, input.text)
            case .escape: state.prompt = nil
            default: if input.handle(key) { state.prompt = .closeRectification(inspection, input) }
            }
            return []
        case .confirm(let confirmation):
            switch Keymap.binding(for: key, in: state)?.command {
            case .accept?:
                state.prompt = nil
                switch confirmation {
                case .compact: return [.compact]
                case .delete(let record): return RecordReducer.delete(&state, record)
                }
            case .decline?:
                state.prompt = nil
                state.message = StatusMessage(text: Strings.cancelled[L], isError: false)
            default:
                break
            }
            return []
        }
    }
}
