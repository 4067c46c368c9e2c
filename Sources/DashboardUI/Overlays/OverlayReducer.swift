import PilotCore

/// A key for the top overlay. The form and the text prompts take keys as typing; the others go through
/// their key table, and a key the table does not bind does nothing (the inspection card passes it on).
enum OverlayReducer {
    static func handle(_ state: inout AppState, _ top: Overlay, _ key: Key) -> [Effect] {
        switch top {
        case .prompt(let prompt): return PromptReducer.handle(&state, prompt, key)
        case .form(let form): return formKey(&state, form, key)
        case .picker(let picker): return PickerReducer.handle(&state, picker, key)
        case .log(let log): if LogReducer.typing(&state, log, key) { return [] }
        case .notice:
            // Read; the key that closes it does nothing else, so it cannot act on a screen not yet seen.
            state.setOverlay(.notice, nil)
            if key == .char("M") { GlobalCommands.showMessages(&state) }
            return []
        default: break
        }
        guard let binding = Keymap.binding(for: key, in: state) else {
            if case .inspectionCard = top {
                // A calendar key closes the card, then acts.
                state.inspectionCard = nil
                return KeyDispatch.handle(&state, key)
            }
            return []
        }
        let command = binding.command
        // `?` over an overlay lists that overlay's keys.
        if command == .help, top.layer != .help {
            state.showHelp = true
            return []
        }
        switch top {
        case .conflict(let conflict): return ConflictReducer.run(&state, conflict, command)
        case .planReview(let review): return CoverageReducer.runPlan(&state, review, command)
        case .help(let scroll): helpCommand(&state, scroll, command)
        case .log(let log): LogReducer.run(&state, log, command)
        case .inspectionCard(let id):
            if command == .close { state.setOverlay(top.layer, nil) }
            if command == .addMeasure, !ReadOnlyGuard.refuse(&state), let i = state.model.index.data.inspections[id: id] {
                state.setOverlay(top.layer, nil)
                state.form = MeasureForms.newForm(productId: i.productId, finding: AnsweredFinding(.inspection, id), state: state)
            }
        case .prompt, .form, .picker, .notice: break
        }
        return []
    }

    private static func helpCommand(_ state: inout AppState, _ scroll: Int, _ command: Command) {
        switch command {
        case .close: state.showHelp = false
        case .down: state.helpScroll = scroll + 1
        case .up: state.helpScroll = max(0, scroll - 1)
        case .pageDown: state.helpScroll = scroll + 10
        case .pageUp: state.helpScroll = max(0, scroll - 10)
        default: break
        }
    }
}

/// A key for the open form, handled by the one form reducer.
func formKey(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
    FormReducer.key(&state, form, key)
}
