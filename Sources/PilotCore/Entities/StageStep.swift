/// One recorded step: when it happened, who recorded it, and why when it was out of order or undone.
public struct StageStep: Hashable, Sendable, Codable {
    public var stage: PilotStage
    public var date: CivilDate
    public var by: String?
    public var reason: String?

    public init(stage: PilotStage, date: CivilDate, by: String? = nil, reason: String? = nil) {
        self.stage = stage
        self.date = date
        self.by = by
        self.reason = reason
    }
}
