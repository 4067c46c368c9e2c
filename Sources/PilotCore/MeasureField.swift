public enum MeasureField: String, CaseIterable, Hashable, Sendable {
    case productId, answers, kind, decidedOn, decidedBy, owner, deadline, needsTesting, testReportOn, status, closedOn, evidence
}
