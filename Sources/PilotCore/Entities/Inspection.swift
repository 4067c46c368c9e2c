/// An inspection of a product at one or more of its sites.
public struct Inspection: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var productId: String
    public var siteIds: [String]
    public var type: InspectionType
    /// 飞行检查.
    public var unannounced: Bool
    /// 联合检查 with the partner province.
    public var joint: Bool
    public var partnerProvinceCode: String?
    public var start: CivilDate
    public var end: CivilDate
    /// Inspector ids.
    public var team: [String]
    public var status: InspectionStatus
    public var defects: Defects?
    public var conclusion: OnSiteConclusion?
    /// 综合评定 (overall assessment), free text.
    public var assessment: String?
    public var rectificationDue: CivilDate?
    public var rectificationClosed: CivilDate?
    public var reason: String?
    /// The lead who approved scheduling over a conflict of interest (rule 13); the reason is `reason`.
    public var conflictApprovedBy: String?
    /// The inspection covered the holder's own quality system (持有人质量管理体系), which a holder with no site
    /// of its own must have inspected every year. Absent in older stores: false.
    public var holderQualitySystem: Bool? = nil

    public init(
        id: String, productId: String, siteIds: [String], type: InspectionType, unannounced: Bool = false,
        joint: Bool = false, partnerProvinceCode: String? = nil, start: CivilDate, end: CivilDate,
        team: [String], status: InspectionStatus, defects: Defects? = nil, conclusion: OnSiteConclusion? = nil,
        assessment: String? = nil, rectificationDue: CivilDate? = nil, rectificationClosed: CivilDate? = nil,
        reason: String? = nil, conflictApprovedBy: String? = nil
    ) {
        self.id = id
        self.productId = productId
        self.siteIds = siteIds
        self.type = type
        self.unannounced = unannounced
        self.joint = joint
        self.partnerProvinceCode = partnerProvinceCode
        self.start = start
        self.end = end
        self.team = team
        self.status = status
        self.defects = defects
        self.conclusion = conclusion
        self.assessment = assessment
        self.rectificationDue = rectificationDue
        self.rectificationClosed = rectificationClosed
        self.reason = reason
        self.conflictApprovedBy = conflictApprovedBy
    }

    /// Days [start, end] overlap.
    public func overlaps(_ first: CivilDate, _ last: CivilDate) -> Bool { start <= last && first <= end }

    /// A rectification is open when one is due and not closed.
    public var hasOpenRectification: Bool { rectificationDue != nil && rectificationClosed == nil && status == .completed }
}
