public struct ProvinceCoverage: Hashable, Sendable {
    public let code: String
    public let covered: Int
    public let total: Int
}
