import PilotCore

/// What one kind of form adds to the keys every form shares (`FormReducer`): the fields that follow from an
/// edit, its checks, and what a submit comes to.
protocol FormKind {
    /// Fills in the fields that follow from the one just edited (a product's sites, …).
    static func fillDependents(_ form: inout FormState, after field: FormFieldID, state: AppState)
    /// Marks each invalid field and recomputes the form's notes and info, after every edit and before a submit.
    static func validate(_ form: inout FormState, state: AppState)
    /// What saving the (just validated) form comes to. `reason` is the one given for scheduling conflicts.
    static func submission(_ form: FormState, state: AppState, reason: String?) -> FormSubmission
    /// What the status line says when the form is cancelled, if anything.
    static var cancelNotice: Bilingual? { get }
}

extension FormKind {
    static func fillDependents(_ form: inout FormState, after field: FormFieldID, state: AppState) {}
    static var cancelNotice: Bilingual? { Strings.cancelled }
}
