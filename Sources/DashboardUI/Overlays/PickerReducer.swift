import PilotCore

/// Keys over a picker: ↑/↓ and pages move, Space ticks (several), Enter writes the choice into the form,
/// Esc goes back unchanged; anything else edits the search.
enum PickerReducer {
    static func handle(_ state: inout AppState, _ picker: PickerState, _ key: Key) -> [Effect] {
        var picker = picker
        let page = PickerView.listHeight(Layout.body(state.size), picker)
        let command = Keymap.binding(for: key, in: state)?.command
        switch command {
        case .close:
            state.picker = nil
        case .accept:
            state.picker = nil
            if let ids = picker.confirmed { FormReducer.picked(&state, ids, into: picker.field) }
        case .cycleChoice where picker.mode == .several:
            picker.toggle()
            state.picker = picker
        case .some(let command) where picker.list.apply(command, count: picker.matches.count, page: page):
            state.picker = picker
        default:
            if picker.edit(key) { state.picker = picker }
        }
        return []
    }
}
