import PilotCore

/// A line of an open case that keys act on: a finding (an inspection or a sampling), or a risk-control measure.
public enum CaseItem: Hashable, Sendable {
    case finding(AnsweredFinding)
    case measure(String)
}
