/// 复验: the request (within 7 days of the result) and its outcome.
public struct Retest: Hashable, Sendable, Codable {
    public var requestedOn: CivilDate
    public var result: SamplingConclusion?

    public init(requestedOn: CivilDate, result: SamplingConclusion? = nil) {
        self.requestedOn = requestedOn
        self.result = result
    }
}
