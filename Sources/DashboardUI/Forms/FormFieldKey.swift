import PilotCore

/// The fields of one kind of form, as an enum: a misspelt field does not compile. The form is built from every
/// case in declaration order, so the enum is also the form's layout.
public protocol FormFieldKey: CaseIterable, Hashable, Sendable {
    /// The field as the form stores it, among the fields of every kind of form.
    var formID: FormFieldID { get }
}
