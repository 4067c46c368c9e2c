import PilotCore

/// Where a key goes: Ctrl-C quits; else the top overlay takes it; else the key table's binding for the pane
/// and the global keys, handled by the owner of the binding's scope.
enum KeyDispatch {
    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        if key == .ctrl("c") {
            // Typed changes are not thrown away by one key: an edited form asks first (a second Ctrl-C quits).
            guard state.form?.isEdited == true, state.prompt != .confirm(.quitLosingForm) else { return [.quit] }
            state.prompt = .confirm(.quitLosingForm)
            return []
        }
        if let top = state.overlays.last { return OverlayReducer.handle(&state, top, key) }
        guard let binding = Keymap.binding(for: key, in: state) else { return [] }
        return run(&state, binding)
    }

    static func run(_ state: inout AppState, _ binding: KeyBinding) -> [Effect] {
        switch binding.scope {
        case .global:
            return GlobalCommands.run(&state, binding.command)
        default:
            return state.pane.component.run(&state, binding.command)
        }
    }
}
