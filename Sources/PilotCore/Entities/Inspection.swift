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

    public init(id: String, productId: String, siteIds: [String], type: InspectionType, unannounced: Bool = false,
                joint: Bool = false, partnerProvinceCode: String? = nil, start: CivilDate, end: CivilDate,
                team: [String], status: InspectionStatus, defects: Defects? = nil, conclusion: OnSiteConclusion? = nil,
                assessment: String? = nil, rectificationDue: CivilDate? = nil, rectificationClosed: CivilDate? = nil,
                reason: String? = nil) {
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
    }

    /// Days [start, end] overlap.
    public func overlaps(_ first: CivilDate, _ last: CivilDate) -> Bool { start <= last && first <= end }

    /// A rectification is open when one is due and not closed.
    public var hasOpenRectification: Bool { rectificationDue != nil && rectificationClosed == nil && status == .completed }
}

public enum InspectionType: String, Hashable, Sendable, Codable, CaseIterable {
    case fullGMP = "full-gmp"
    case licensing
    case routine
    case forCause = "for-cause"
    case other

    public var label: Bilingual {
        switch self {
        case .fullGMP: return Bilingual(zh: "全体系GMP符合性检查", en: "full-system GMP")
        case .licensing: return Bilingual(zh: "许可检查", en: "licensing")
        case .routine: return Bilingual(zh: "常规检查", en: "routine")
        case .forCause: return Bilingual(zh: "有因检查", en: "for-cause")
        case .other: return Bilingual(zh: "其他检查", en: "other")
        }
    }
}

public enum InspectionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case completed
    case cancelled

    public var label: Bilingual {
        switch self {
        case .planned: return Bilingual(zh: "计划", en: "planned")
        case .inProgress: return Bilingual(zh: "进行中", en: "in progress")
        case .completed: return Bilingual(zh: "已完成", en: "completed")
        case .cancelled: return Bilingual(zh: "已取消", en: "cancelled")
        }
    }
}

/// Defects by grade: 严重 critical, 主要 major, 一般 general.
public struct Defects: Hashable, Sendable, Codable {
    public var critical: Int
    public var major: Int
    public var general: Int

    public init(critical: Int = 0, major: Int = 0, general: Int = 0) {
        self.critical = critical
        self.major = major
        self.general = general
    }

    public var total: Int { critical + major + general }
}

public enum OnSiteConclusion: String, Hashable, Sendable, Codable, CaseIterable {
    case compliant
    case pendingRectification = "pending-rectification"
    case nonCompliant = "non-compliant"

    public var label: Bilingual {
        switch self {
        case .compliant: return Bilingual(zh: "符合要求", en: "compliant")
        case .pendingRectification: return Bilingual(zh: "待整改后评定", en: "assess after rectification")
        case .nonCompliant: return Bilingual(zh: "不符合要求", en: "non-compliant")
        }
    }
}
