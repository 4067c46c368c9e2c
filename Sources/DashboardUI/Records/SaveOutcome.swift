import PilotCore

/// What the status line and the open form make of saves and of other members' edits.
enum SaveOutcome {
    /// A save that would leave every record as it was writes nothing (no journal entry with before == after):
    /// the form closes and the status says "no changes".
    static func withoutNoOps(_ state: inout AppState, _ effect: Effect) -> Effect? {
        guard case .save(var edit) = effect else { return effect }
        edit.changes.removeAll { $0.before != nil && $0.before == $0.after }
        guard edit.changes.isEmpty else { return .save(edit) }
        state.form = nil
        if case .reason = state.prompt { state.prompt = nil }
        state.message = StatusMessage(text: Strings.noChanges[state.language], isError: false)
        return nil
    }

    /// A save ended: undo learns what was written, the form (and a reason asked for it) closes only when it
    /// succeeded, and each pane finishes what waited for it (the plan review drops accepted proposals).
    static func saveFinished(_ state: inout AppState, ok: Bool, text: String, saved: RecordEdit?) {
        for pane in Pane.allCases { pane.component.saveFinished(&state, ok: ok) }
        // Undo takes back what was written (new records under the ids they were given).
        if ok, let edit = saved ?? state.pendingEdit { state.undoHistory.saved(edit) }
        state.pendingEdit = nil
        if ok {
            state.form = nil
            if case .reason = state.prompt { state.prompt = nil }
        }
        state.message = StatusMessage(text: text, isError: !ok)
    }

    /// Other members' edits were loaded. The notice is added after the user's own last message ("added P15")
    /// rather than replacing it; a form whose record they changed is told that saving will show both versions.
    static func othersChanged(_ state: inout AppState) {
        let L = state.language
        if let original = state.form?.original, state.model.index.data.record(original.kind, id: original.id) != original {
            // Short, for the status line: saving will show both versions.
            state.message = StatusMessage(
                text: Bilingual(zh: "\(original.id) 刚被其他用户修改", en: "\(original.id) was just changed by another user")[L], isError: false)
            return
        }
        let notice = Strings.reloaded[L]
        guard let own = state.message, own.text != Strings.welcome[L], !own.text.hasSuffix(notice) else {
            if state.message?.text.hasSuffix(notice) != true { state.message = StatusMessage(text: notice, isError: false) }
            return
        }
        state.message = StatusMessage(text: own.text + " · " + notice, isError: own.isError)
    }
}
