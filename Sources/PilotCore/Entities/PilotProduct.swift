/// A pilot product (试点品种): one case, one policy (一品一策).
public struct PilotProduct: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var category: ProductCategory
    /// The applicant or marketing-authorisation holder (注册申请人 / 持有人).
    public var holderId: String
    /// Where the drug substance (原液) and the drug product (制剂) are made.
    public var segments: [SegmentSite]
    /// The path through the pilot, one entry per step reached.
    public var steps: [StageStep]
    /// 一品一策 plan reference.
    public var planRef: String?
    /// Cross-province: plan made jointly by both provincial regulators (rule 6).
    public var jointPlan: Bool?
    /// Holder and every contract site run one unified quality system (rule 3).
    public var unifiedQualitySystem: Bool?
    /// Licences and registration documents name both the drug-substance and the drug-product address (rule 9).
    public var documentsNameBothAddresses: Bool?
    /// Vaccines: lot release (批签发) arranged under the Vaccine Administration Law (rule 12).
    public var lotRelease: Bool?
    public var risk: RiskRating?
    /// A vaccine (疫苗), under the Vaccine Administration Law as well (rule 12): a property of the product, not of a
    /// category. Stores written before it existed derive it once, when read, from the multivalent-vaccine category.
    public var isVaccine: Bool

    public init(
        id: String, name: String, nameEn: String? = nil, category: ProductCategory, holderId: String,
        segments: [SegmentSite], steps: [StageStep] = [], planRef: String? = nil, jointPlan: Bool? = nil,
        unifiedQualitySystem: Bool? = nil, documentsNameBothAddresses: Bool? = nil, lotRelease: Bool? = nil,
        risk: RiskRating? = nil, isVaccine: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.category = category
        self.holderId = holderId
        self.segments = segments
        self.steps = steps
        self.planRef = planRef
        self.jointPlan = jointPlan
        self.unifiedQualitySystem = unifiedQualitySystem
        self.documentsNameBothAddresses = documentsNameBothAddresses
        self.lotRelease = lotRelease
        self.risk = risk
        self.isVaccine = isVaccine ?? (category == .multivalentVaccine)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        nameEn = try c.decodeIfPresent(String.self, forKey: .nameEn)
        category = try c.decode(ProductCategory.self, forKey: .category)
        holderId = try c.decode(String.self, forKey: .holderId)
        segments = try c.decode([SegmentSite].self, forKey: .segments)
        steps = try c.decode([StageStep].self, forKey: .steps)
        planRef = try c.decodeIfPresent(String.self, forKey: .planRef)
        jointPlan = try c.decodeIfPresent(Bool.self, forKey: .jointPlan)
        unifiedQualitySystem = try c.decodeIfPresent(Bool.self, forKey: .unifiedQualitySystem)
        documentsNameBothAddresses = try c.decodeIfPresent(Bool.self, forKey: .documentsNameBothAddresses)
        lotRelease = try c.decodeIfPresent(Bool.self, forKey: .lotRelease)
        risk = try c.decodeIfPresent(RiskRating.self, forKey: .risk)
        isVaccine = try c.decodeIfPresent(Bool.self, forKey: .isVaccine) ?? (category == .multivalentVaccine)
    }

    /// The furthest step reached.
    public var stage: PilotStage? { steps.map(\.stage).max() }

    public func date(of stage: PilotStage) -> CivilDate? {
        steps.last(where: { $0.stage == stage })?.date
    }

    /// The distinct sites of its segments, in segment order.
    public var siteIds: [String] {
        var seen = Set<String>()
        return segments.map(\.siteId).filter { seen.insert($0).inserted }
    }

    /// In production (or past it, at the summary) on `date`.
    public func isInProduction(on date: CivilDate) -> Bool {
        steps.contains { ($0.stage == .inProduction || $0.stage == .summary) && $0.date <= date }
    }
}
