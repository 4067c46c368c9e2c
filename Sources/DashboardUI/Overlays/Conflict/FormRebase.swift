import PilotCore

/// Puts a form whose save was refused back on the current record: its values become theirs plus the fields
/// the author changed, and the record it remembers becomes theirs, so the next save is checked against it.
enum FormRebase {
    static func rebased(_ form: FormState, theirs: AnyRecord, merged: AnyRecord, state: AppState) -> FormState {
        var out: FormState
        switch (form.purpose, merged) {
        case (.editRecord, _):
            out = RecordForms.form(merged, state: state, editing: true) ?? form
        case (.editSampling, .sampling(let s)):
            out = SamplingForms.form(s, state: state, purpose: form.purpose)
        case (.editInspection, .inspection(let i)):
            out = InspectionForms.editForm(i, state: state)
        case (.completeInspection, .inspection(let i)):
            out = CompletionForm.form(i, state: state)
        default:
            // The step form holds what to do (a step, a date), not the record's fields: it applies to theirs as is.
            out = form
        }
        out.original = theirs
        out.focus = min(form.focus, max(0, out.fields.count - 1))
        return out
    }

    /// Whether a form of this purpose can carry on as a new record once its record was deleted.
    static func offersNewRecord(_ purpose: FormPurpose) -> Bool {
        switch purpose {
        case .editRecord, .editSampling, .editInspection: return true
        default: return false
        }
    }

    /// For a record another member deleted: the author's values in a form that adds a new record, or nil when
    /// the form only makes sense for an existing record (completing an inspection, a step).
    static func asNew(_ form: FormState, mine: AnyRecord, state: AppState) -> FormState? {
        let record = mine.withID(RecordEdit.provisionalID)
        var out: FormState
        switch (form.purpose, record) {
        case (.editRecord, _):
            guard let form = RecordForms.form(record, state: state, editing: false) else { return nil }
            out = form
        case (.editSampling, .sampling(let s)):
            out = SamplingForms.form(s, state: state, purpose: .newSampling)
        case (.editInspection, .inspection(let i)):
            out = InspectionForms.editForm(i, state: state, purpose: .newInspection)
        default:
            return nil
        }
        out.focus = min(form.focus, max(0, out.fields.count - 1))
        return out
    }
}
