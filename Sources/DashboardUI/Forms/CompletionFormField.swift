import PilotCore

/// The fields of the completion form, in the order it shows them.
public enum CompletionFormField: CaseIterable, FormFieldKey {
    case end, critical, major, general, conclusion, reissuedOn, reportReceivedOn, assessment, assessedOn

    public var formID: FormFieldID { .completion(self) }
}
