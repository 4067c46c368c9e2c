/// An inspection of a product at one or more of its sites.
public struct Inspection: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var productId: String
    public var siteIds: [String]
    public var type: InspectionType
    /// 飞行检查.
    public var unannounced: Bool
    /// 联合检查 with the partner provinces (`partnerProvinces`).
    public var joint: Bool
    /// Stores before several partners could be recorded: the one partner province (read by `partnerProvinces`).
    public var partnerProvinceCode: String?
    public var start: CivilDate
    public var end: CivilDate
    /// Inspector ids.
    public var team: [String]
    public var status: InspectionStatus
    public var defects: Defects?
    public var conclusion: OnSiteConclusion?
    /// A note on the overall assessment, free text (stores before the choice below).
    public var assessment: String?
    /// Set when a rectification is required (defects or a conclusion other than compliant): the report's
    /// due date as worked out at completion. The date in force is `RectificationStatus`'s.
    public var rectificationDue: CivilDate?
    /// Stores before the report/assessment split: the day the rectification was closed, read as the day
    /// the report was received (`rectificationReportReceivedOn`).
    public var rectificationClosed: CivilDate?
    public var reason: String?
    /// The lead who approved scheduling over a conflict of interest (rule 13); the reason is `reason`.
    public var conflictApprovedBy: String?
    /// The inspection covered the holder's own quality system (持有人质量管理体系), which a holder with no site
    /// of its own must have inspected every year. Absent in older stores: false.
    public var holderQualitySystem: Bool? = nil
    /// The day an adjusted defect list was re-issued (the report's period runs 10 more working days).
    public var defectListReissuedOn: CivilDate? = nil
    /// The day the inspecting unit received the enterprise's rectification report (整改报告).
    public var reportReceivedOn: CivilDate? = nil
    /// 综合评定: the inspecting unit's conclusion once the report is assessed, and its date.
    public var overallAssessment: OverallAssessment? = nil
    public var overallAssessmentOn: CivilDate? = nil
    /// The partner provinces of a joint inspection (a product made in three provinces has two). Absent in
    /// older stores, which hold `partnerProvinceCode`.
    public var partnerProvinceCodes: [String]? = nil

    public init(
        id: String, productId: String, siteIds: [String], type: InspectionType, unannounced: Bool = false,
        joint: Bool = false, partnerProvinces: [String] = [], start: CivilDate, end: CivilDate,
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
        partnerProvinceCodes = partnerProvinces.isEmpty ? nil : partnerProvinces
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

    /// The provinces inspected jointly with, whichever way the store recorded them. Setting them writes the
    /// list (and drops the legacy field) only when they differ, so an untouched old record stays unchanged.
    public var partnerProvinces: [String] {
        get { partnerProvinceCodes ?? partnerProvinceCode.map { [$0] } ?? [] }
        set {
            guard newValue != partnerProvinces else { return }
            partnerProvinceCodes = newValue.isEmpty ? nil : newValue
            partnerProvinceCode = nil
        }
    }

    /// Days [start, end] overlap.
    public func overlaps(_ first: CivilDate, _ last: CivilDate) -> Bool { start <= last && first <= end }

    /// A completed inspection whose findings call for a rectification report.
    public var needsRectification: Bool { rectificationDue != nil && status == .completed }

    /// The day the rectification report was received (an old store's closure date counts as that).
    public var rectificationReportReceivedOn: CivilDate? { reportReceivedOn ?? rectificationClosed }

    /// A rectification is open until the overall assessment is recorded.
    public var hasOpenRectification: Bool { needsRectification && overallAssessment == nil }
}
