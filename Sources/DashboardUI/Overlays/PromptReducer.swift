import PilotCore

/// The one-line prompts at the bottom: filter, command line, go to date, reason, rectification date, confirm.
enum PromptReducer {
    static func handle(_ state: inout AppState, _ prompt: Prompt, _ key: Key) -> [Effect] {
        let L = state.language
        switch prompt {
        case .filter(let input):
            // The filter of the pane it was opened in (products, samplings).
            state.prompt = state.pane.component.filterKey(&state, key, input).map(Prompt.filter)
            return []
        case .command(let line):
            return CommandLineReducer.key(&state, line, key)
        case .goToDate(let input):
            return text(&state, input, key, as: Prompt.goToDate) { state, text in
                CalendarReducer.goTo(&state, text)
                return []
            }
        case .reason(let purpose, let input):
            return text(&state, input, key, as: { .reason(purpose, $0) }, submit: { CalendarReducer.reasonGiven(&$0, purpose, $1) })
        case .closeRectification(let inspection, let input):
            return text(
                &state, input, key, as: { .closeRectification(inspection, $0) },
                submit: { CalendarReducer.closeRectification(&$0, inspection, $1) })
        case .confirm(let confirmation):
            switch Keymap.binding(for: key, in: state)?.command {
            case .accept?:
                state.prompt = nil
                switch confirmation {
                case .compact: return [.compact]
                case .quitLosingForm: return [.quit]
                case .delete(let record): return RecordReducer.delete(&state, record)
                case .overwrite(var request):
                    request.overwrite = true
                    return [.export(request)]
                case .saveStartingInPast:
                    guard var form = state.form else { return [] }
                    form.pastStartConfirmed = true
                    return FormReducer.submit(&state, form, reason: nil)
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

    /// The text prompts share their keys: Enter hands the text on, Esc closes, any other key edits the text
    /// (Backspace on an empty command line closes it too, as in vim).
    private static func text(
        _ state: inout AppState, _ input: TextInput, _ key: Key, as prompt: (TextInput) -> Prompt,
        closesOnEmptyBackspace: Bool = false, submit: (inout AppState, String) -> [Effect]
    ) -> [Effect] {
        var input = input
        switch key {
        case .enter: return submit(&state, input.text)
        case .escape: state.prompt = nil
        case .backspace where closesOnEmptyBackspace && input.text.isEmpty: state.prompt = nil
        default: if input.handle(key) { state.prompt = prompt(input) }
        }
        return []
    }
}
