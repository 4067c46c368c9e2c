/// Why and when a sampling was voided (作废).
public struct SamplingVoid: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var reason: String

    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}
