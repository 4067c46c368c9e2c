/// A pilot product (试点品种): one case, one policy (一品一策).
public struct PilotProduct: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEn: String?
    /// The basis it is in the pilot on (试点依据, rule 1); nil while not recorded.
    public var basis: ProductBasis?
    /// The kind of biologic (品种类型), a fact apart from the basis.
    public var type: ProductType
    /// The applicant or marketing-authorisation holder (注册申请人 / 持有人).
    public var holderId: String
    /// Where the drug substance (原液) and the drug product (制剂) are made.
    public var segments: [SegmentSite]
    /// The path through the pilot, one entry per step reached.
    public var steps: [StageStep]
    /// 一品一策 plan reference.
    public var planRef: String?
    /// Cross-province (rule 6): for each partner province (province code), the day its regulator agreed the plan
    /// studied jointly with the holder's (会同研究).
    public var jointPlanDates: [String: CivilDate]
    /// Stores before the per-province record: one yes/no for every partner, which cannot say which provinces or
    /// when. Kept (and reported as an older record) until the dates are entered.
    public var legacyJointPlan: Bool?
    /// Holder and every contract site run one unified quality system (rule 3).
    public var unifiedQualitySystem: Bool?
    /// Rule 9, one answer per document (nil: not checked): the 药品生产许可证, the 药品注册证书 and the 制造及检定规程
    /// name both the drug-substance and the drug-product address and enterprise.
    public var licenceNamesBothAddresses: Bool?
    public var certificateNamesBothAddresses: Bool?
    public var proceduresNameBothAddresses: Bool?
    /// Vaccines: lot release (批签发) arranged under the Vaccine Administration Law (rule 12).
    public var lotRelease: Bool?
    public var risk: RiskRating?
    /// A vaccine (疫苗), under the Vaccine Administration Law as well (rule 12): a property of the product, not of a
    /// type. Stores written before it existed derive it once, when read, from the multivalent-vaccine category.
    public var isVaccine: Bool
    /// Its own quality-supervision plan (质量监管方案); nil: the national minimum (`SupervisionPlan.required(for:)`).
    public var supervisionPlan: SupervisionPlan?

    public init(
        id: String, name: String, nameEn: String? = nil, basis: ProductBasis? = nil, type: ProductType, holderId: String,
        segments: [SegmentSite], steps: [StageStep] = [], planRef: String? = nil, jointPlanDates: [String: CivilDate] = [:],
        unifiedQualitySystem: Bool? = nil, licenceNamesBothAddresses: Bool? = nil, certificateNamesBothAddresses: Bool? = nil,
        proceduresNameBothAddresses: Bool? = nil, lotRelease: Bool? = nil, risk: RiskRating? = nil, isVaccine: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.basis = basis
        self.type = type
        self.holderId = holderId
        self.segments = segments
        self.steps = steps
        self.planRef = planRef
        self.jointPlanDates = jointPlanDates
        self.unifiedQualitySystem = unifiedQualitySystem
        self.licenceNamesBothAddresses = licenceNamesBothAddresses
        self.certificateNamesBothAddresses = certificateNamesBothAddresses
        self.proceduresNameBothAddresses = proceduresNameBothAddresses
        self.lotRelease = lotRelease
        self.risk = risk
        self.isVaccine = isVaccine ?? (type == .multivalentVaccine)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, nameEn, basis, type, holderId, segments, steps, planRef, jointPlanDates, unifiedQualitySystem
        case licenceNamesBothAddresses, certificateNamesBothAddresses, proceduresNameBothAddresses, lotRelease, risk, isVaccine
        case supervisionPlan
        /// Older stores (read only, except `jointPlan`, kept until replaced).
        case category, jointPlan, documentsNameBothAddresses
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        nameEn = try c.decodeIfPresent(String.self, forKey: .nameEn)
        holderId = try c.decode(String.self, forKey: .holderId)
        segments = try c.decode([SegmentSite].self, forKey: .segments)
        steps = try c.decode([StageStep].self, forKey: .steps)
        planRef = try c.decodeIfPresent(String.self, forKey: .planRef)
        jointPlanDates = try c.decodeIfPresent([String: CivilDate].self, forKey: .jointPlanDates) ?? [:]
        legacyJointPlan = try c.decodeIfPresent(Bool.self, forKey: .jointPlan)
        unifiedQualitySystem = try c.decodeIfPresent(Bool.self, forKey: .unifiedQualitySystem)
        lotRelease = try c.decodeIfPresent(Bool.self, forKey: .lotRelease)
        risk = try c.decodeIfPresent(RiskRating.self, forKey: .risk)
        supervisionPlan = try c.decodeIfPresent(SupervisionPlan.self, forKey: .supervisionPlan)
        if c.contains(.type) {
            type = try c.decode(ProductType.self, forKey: .type)
            basis = try c.decodeIfPresent(ProductBasis.self, forKey: .basis)
        } else {
            let legacy = try c.decode(LegacyCategory.self, forKey: .category)
            type = legacy.type
            basis = legacy.basis
        }
        isVaccine = try c.decodeIfPresent(Bool.self, forKey: .isVaccine) ?? (type == .multivalentVaccine)
        licenceNamesBothAddresses = try c.decodeIfPresent(Bool.self, forKey: .licenceNamesBothAddresses)
        certificateNamesBothAddresses = try c.decodeIfPresent(Bool.self, forKey: .certificateNamesBothAddresses)
        proceduresNameBothAddresses = try c.decodeIfPresent(Bool.self, forKey: .proceduresNameBothAddresses)
        if let legacy = try c.decodeIfPresent(Bool.self, forKey: .documentsNameBothAddresses),
            licenceNamesBothAddresses == nil, certificateNamesBothAddresses == nil, proceduresNameBothAddresses == nil
        {
            // The old single answer was asked of "the licence and registration documents" from the licence on: it
            // answers for the licence, and for the registration certificate once the product had one (marketing
            // authorisation). The 制造及检定规程 was never asked about: not checked.
            licenceNamesBothAddresses = legacy
            if let stage, stage >= .marketingAuthorisation { certificateNamesBothAddresses = legacy }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(nameEn, forKey: .nameEn)
        try c.encodeIfPresent(basis, forKey: .basis)
        try c.encode(type, forKey: .type)
        try c.encode(holderId, forKey: .holderId)
        try c.encode(segments, forKey: .segments)
        try c.encode(steps, forKey: .steps)
        try c.encodeIfPresent(planRef, forKey: .planRef)
        if !jointPlanDates.isEmpty { try c.encode(jointPlanDates, forKey: .jointPlanDates) }
        try c.encodeIfPresent(legacyJointPlan, forKey: .jointPlan)
        try c.encodeIfPresent(unifiedQualitySystem, forKey: .unifiedQualitySystem)
        try c.encodeIfPresent(licenceNamesBothAddresses, forKey: .licenceNamesBothAddresses)
        try c.encodeIfPresent(certificateNamesBothAddresses, forKey: .certificateNamesBothAddresses)
        try c.encodeIfPresent(proceduresNameBothAddresses, forKey: .proceduresNameBothAddresses)
        try c.encodeIfPresent(lotRelease, forKey: .lotRelease)
        try c.encodeIfPresent(risk, forKey: .risk)
        try c.encode(isVaccine, forKey: .isVaccine)
        try c.encodeIfPresent(supervisionPlan, forKey: .supervisionPlan)
    }

    /// The furthest step reached.
    public var stage: PilotStage? { steps.map(\.stage).max() }

    public func date(of stage: PilotStage) -> CivilDate? {
        steps.last(where: { $0.stage == stage })?.date
    }

    /// The distinct sites of its segments, in segment order. A product has a few segments: looking back through
    /// the few found is cheaper than hashing each id into a set, and the rules ask this many times per product.
    public var siteIds: [String] {
        var ids: [String] = []
        for segment in segments where !ids.contains(segment.siteId) { ids.append(segment.siteId) }
        return ids
    }

    /// In production (or past it, at the enterprise's assessment) on `date`.
    public func isInProduction(on date: CivilDate) -> Bool {
        steps.contains { ($0.stage == .inProduction || $0.stage == .enterpriseAssessment) && $0.date <= date }
    }
}
