/// The fields of an inspection the record checks name (as in store.json).
public enum InspectionField: String, CaseIterable, Hashable, Sendable {
    case end, reportReceivedOn, overallAssessmentOn
}
