import PilotCore

/// A reviewed plan: proposals are accepted one by one (Enter) or all at once (A); accepted ones are scheduled.
public struct PlanReview: Equatable, Sendable {
    public var result: Planner.Result
    public var selected = 0
    /// Proposals whose save is on its way.
    public var accepting: [Int] = []
}
