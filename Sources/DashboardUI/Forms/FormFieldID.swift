import PilotCore

/// A field of any form: which form's enum it belongs to, and which case.
public enum FormFieldID: Hashable, Sendable {
    case inspection(InspectionFormField)
    case completion(CompletionFormField)
    case sampling(SamplingFormField)
    case stage(StageFormField)
    case record(EntityField)
    /// A product's joint-plan date for one partner province (its code): as many as the product has partners.
    case jointPlanDate(String)
}
