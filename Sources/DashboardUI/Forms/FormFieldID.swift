import PilotCore

/// The fields of one kind of form, as an enum: a misspelt field does not compile. The form is built from every
/// case in declaration order, so the enum is also the form's layout.
public protocol FormFieldKey: CaseIterable, Hashable, Sendable {
    /// The field as the form stores it, among the fields of every kind of form.
    var formID: FormFieldID { get }
}

/// A field of any form: which form's enum it belongs to, and which case.
public enum FormFieldID: Hashable, Sendable {
    case inspection(InspectionFormField)
    case completion(CompletionFormField)
    case sampling(SamplingFormField)
    case stage(StageFormField)
    case record(EntityField)
}
