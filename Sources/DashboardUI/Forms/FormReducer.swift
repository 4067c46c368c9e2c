import PilotCore

/// The keys of every form: Esc cancels, Tab and the arrows move, an edit re-checks the form, Enter checks it
/// and saves or shows what to correct. The form's kind (`FormPurpose.kind`) supplies only what differs.
enum FormReducer {
    static func key(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
        var form = form
        let kind = form.purpose.kind
        let edited = form.fields[form.focus].id
        switch form.handle(key) {
        case .cancel:
            state.form = nil
            if let notice = kind.cancelNotice { state.message = StatusMessage(text: notice[state.language], isError: false) }
        case .ignored, .moved:
            state.form = form
        case .edited:
            form.isEdited = true
            kind.fillDependents(&form, after: edited, state: state)
            kind.validate(&form, state: state)
            state.form = form
        case .submit:
            return submit(&state, form, reason: nil)
        case .openPicker(let query):
            state.form = form
            state.picker = PickerState.open(on: form.fields[form.focus], form: form, state: state, query: query)
        }
        return []
    }

    /// Writes what a picker chose into its field, re-checks the form as an edit does, and moves on to the next
    /// field (so the next Enter saves rather than opening the same list again).
    static func picked(_ state: inout AppState, _ ids: [String], into field: FormFieldID) {
        guard var form = state.form, let i = form.fields.firstIndex(where: { $0.id == field }) else { return }
        let kind = form.purpose.kind
        let text = ids.joined(separator: ", ")
        if form.fields[i].text != text {
            form.fields[i].input = TextInput(text)
            form.isEdited = true
            kind.fillDependents(&form, after: field, state: state)
            kind.validate(&form, state: state)
        }
        form.focus = (i + 1) % form.fields.count
        state.form = form
    }

    /// Checks the form and saves it, or says why not. The form stays open until the save succeeds.
    static func submit(_ state: inout AppState, _ form: FormState, reason: String?) -> [Effect] {
        var form = form
        let kind = form.purpose.kind
        form.showUnderstoodDates()
        kind.validate(&form, state: state)
        state.form = form
        switch kind.submission(form, state: state, reason: reason) {
        case .save(let edit):
            return [.save(edit)]
        case .invalid:
            state.message = StatusMessage(text: FormStrings.correctMarkedFields[state.language], isError: true)
        case .refused(let text):
            state.message = StatusMessage(text: text, isError: true)
        case .needsReason:
            state.prompt = .reason(.saveDespiteConflicts, TextInput())
        case .confirmPastStart(let start):
            state.prompt = .confirm(.saveStartingInPast(start))
        }
        return []
    }
}
