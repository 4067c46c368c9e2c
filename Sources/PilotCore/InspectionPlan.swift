/// A proposed inspection, before it is written: what `biopilot schedule` and the calendar's form check.
public struct InspectionPlan: Hashable, Sendable {
    public var productId: String
    public var type: InspectionType
    public var start: CivilDate
    public var end: CivilDate
    public var siteIds: [String]
    public var team: [String]
    /// The inspection being moved or edited, so it does not collide with itself.
    public var replacing: String?

    public init(
        productId: String, type: InspectionType, start: CivilDate, end: CivilDate, siteIds: [String],
        team: [String], replacing: String? = nil
    ) {
        self.productId = productId
        self.type = type
        self.start = start
        self.end = end
        self.siteIds = siteIds
        self.team = team
        self.replacing = replacing
    }
}
