public struct SegmentSite: Hashable, Sendable, Codable {
    public var segment: Segment
    public var siteId: String

    public init(_ segment: Segment, siteId: String) {
        self.segment = segment
        self.siteId = siteId
    }
}
