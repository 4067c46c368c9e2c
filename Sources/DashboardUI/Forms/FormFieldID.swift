import PilotCore

/// A field of any form: which form's enum it belongs to, and which case.
public enum FormFieldID: Hashable, Sendable {
    case inspection(InspectionFormField)
    case completion(CompletionFormField)
    case sampling(SamplingFormField)
    case stage(StageFormField)
    case record(EntityField)
}
