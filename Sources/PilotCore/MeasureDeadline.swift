/// When a risk-control measure is due: worked out by a deadline rule where the law gives one (查封、扣押), else
/// the date the decision set, as entered.
public enum MeasureDeadline: Hashable, Sendable {
    /// Computed by `rule` from `start` (the seizure, or the test report).
    case computed(CivilDate, rule: DeadlineRule, start: CivilDate)
    case entered(CivilDate)
    /// A seizure that needs testing: the period runs from the test report, not yet recorded.
    case awaitingTestReport
    /// No deadline entered.
    case none

    public var date: CivilDate? {
        switch self {
        case .computed(let d, _, _), .entered(let d): d
        case .awaitingTestReport, .none: nil
        }
    }
}
