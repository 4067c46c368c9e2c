import PilotCore

/// The one-line prompts at the bottom: filter, command line, go to date, reason, rectification date, confirm.
enum PromptReducer {
    static func handle(_ state: inout AppState, _ prompt: Prompt, _ key: Key) -> [Effect] {
        let L = state.language
        switch prompt {
        case .filter(var input) where state.pane == .sampling:
            switch key {
            case .enter: state.prompt = nil
            case .escape:
                state.prompt = nil
                state.sampling.filter = ""
                SamplingReducer.refilter(&state, keepingSelection: state.selectedSampling?.sampling.id)
            case .up, .down:
                state.sampling.list.move(key == .up ? -1 : 1, count: state.sampling.visible.count, height: SamplingScreen.listRows(state))
            default:
                let before = input.text
                guard input.handle(key) else { return [] }
                state.prompt = .filter(input)
                state.sampling.filter = input.text
                SamplingReducer.refilter(&state, keepingSelection: state.selectedSampling?.sampling.id,
                                         narrowing: input.text.hasPrefix(before) && !before.isEmpty)
            }
            return []
        case .filter(var input):
            switch key {
            case .enter:
                state.prompt = nil
            case .escape:
                state.prompt = nil
                state.products.filter = ""
                ProductsReducer.refilter(&state, keepingSelection: state.selectedRow?.product.id)
            case .up, .down:
                state.products.list.move(key == .up ? -1 : 1, count: state.products.visible.count, height: Layout.listRows(state.size))
            default:
                let before = input.text
                guard input.handle(key) else { return [] }
                state.prompt = .filter(input)
                state.products.filter = input.text
                // Typing at the end narrows the current matches; any other edit searches all products again.
                let narrowing = input.text.hasPrefix(before) && !before.isEmpty
                ProductsReducer.refilter(&state, keepingSelection: state.selectedRow?.product.id, narrowing: narrowing)
                if state.pane != .products { state.pane = .products }
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
