import PilotCore

/// The fields of the sampling form, in the order it shows them.
public enum SamplingFormField: CaseIterable, FormFieldKey {
    case product, segment, batch, sampledOn, place, unit, lab, receivedOn, extendedTo, items, reportNo, reportDate, servedOn, conclusion
    case retestOn, retestResult, commissioned, requestedOn

    public var formID: FormFieldID { .sampling(self) }
}
