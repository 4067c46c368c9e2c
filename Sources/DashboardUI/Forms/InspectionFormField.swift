import PilotCore

/// The fields of the schedule form, in the order it shows them.
public enum InspectionFormField: CaseIterable, FormFieldKey {
    case product, type, start, end, sites, team, joint, partner, unannounced, reason, approver

    public var formID: FormFieldID { .inspection(self) }
}
