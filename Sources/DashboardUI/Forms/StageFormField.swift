import PilotCore

/// The fields of the step form, in the order it shows them.
public enum StageFormField: CaseIterable, FormFieldKey {
    case stage, date, reason

    public var formID: FormFieldID { .stage(self) }
}
