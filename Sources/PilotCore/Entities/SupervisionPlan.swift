/// The product's quality-supervision plan (质量监管方案, 一品一策), approved with its pilot plan. It may ask for more than
/// the national minimum (work plan 五(二): one full-system GMP inspection and a drug-product sampling a year, two
/// resident staff at each contract site); it never asks for less (`required(for:)` takes the larger of each).
public struct SupervisionPlan: Hashable, Sendable, Codable {
    /// 文号 and the day it was approved.
    public var documentNo: String?
    public var approvedOn: CivilDate?
    /// Completed full-system GMP inspections a year.
    public var fullSystemInspections: Int
    /// Other inspections a year (routine, licensing, for-cause, other), completed.
    public var otherInspections: Int
    /// The drug substance (原液) must be sampled each year as well as the drug product (制剂).
    public var drugSubstanceSampling: Bool
    /// Resident technical staff at each contract site while in production.
    public var residentStaff: Int
    /// 特别措施, free text.
    public var specialMeasures: String?

    public init(
        documentNo: String? = nil, approvedOn: CivilDate? = nil, fullSystemInspections: Int = 1, otherInspections: Int = 0,
        drugSubstanceSampling: Bool = false, residentStaff: Int = 2, specialMeasures: String? = nil
    ) {
        self.documentNo = documentNo
        self.approvedOn = approvedOn
        self.fullSystemInspections = fullSystemInspections
        self.otherInspections = otherInspections
        self.drugSubstanceSampling = drugSubstanceSampling
        self.residentStaff = residentStaff
        self.specialMeasures = specialMeasures
    }

    /// The national minimum every product in production meets, whatever its own plan says (the one place the
    /// numbers live).
    public static let nationalMinimum = SupervisionPlan()

    /// What the product must meet (in `year`): its own plan where it asks for more than the national minimum, else
    /// the minimum. A plan approved in a later year does not reach back to an earlier one.
    public static func required(for product: PilotProduct, in year: Int? = nil) -> SupervisionPlan {
        guard let own = product.supervisionPlan else { return nationalMinimum }
        if let year, let approved = own.approvedOn, approved.year > year { return nationalMinimum }
        let floor = nationalMinimum
        var plan = own
        plan.fullSystemInspections = max(own.fullSystemInspections, floor.fullSystemInspections)
        plan.otherInspections = max(own.otherInspections, floor.otherInspections)
        plan.drugSubstanceSampling = own.drugSubstanceSampling || floor.drugSubstanceSampling
        plan.residentStaff = max(own.residentStaff, floor.residentStaff)
        return plan
    }

    /// Asks for more than the national minimum in at least one number.
    public var asksMoreThanMinimum: Bool {
        let floor = Self.nationalMinimum
        return fullSystemInspections > floor.fullSystemInspections || otherInspections > floor.otherInspections
            || (drugSubstanceSampling && !floor.drugSubstanceSampling) || residentStaff > floor.residentStaff
    }

    /// The numbers in one line, as the case detail and the conflict view show them.
    public var requirements: Bilingual {
        let segments =
            drugSubstanceSampling ? Bilingual(zh: "制剂、原液", en: "drug product and drug substance") : Bilingual(zh: "制剂", en: "drug product")
        return Bilingual(
            zh: "全体系检查 \(fullSystemInspections) 次/年 · 其他检查 \(otherInspections) 次/年 · 抽检\(segments.zh) · 驻厂人员不少于 \(residentStaff) 名",
            en:
                "\(fullSystemInspections) full-system inspection(s)/year · \(otherInspections) other/year · sample \(segments.en) · ≥ \(residentStaff) resident staff"
        )
    }

    enum CodingKeys: String, CodingKey {
        case documentNo, approvedOn, fullSystemInspections, otherInspections, drugSubstanceSampling, residentStaff, specialMeasures
    }

    /// Every field may be absent: an absent number is the national minimum's.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let floor = Self.nationalMinimum
        documentNo = try c.decodeIfPresent(String.self, forKey: .documentNo)
        approvedOn = try c.decodeIfPresent(CivilDate.self, forKey: .approvedOn)
        fullSystemInspections = try c.decodeIfPresent(Int.self, forKey: .fullSystemInspections) ?? floor.fullSystemInspections
        otherInspections = try c.decodeIfPresent(Int.self, forKey: .otherInspections) ?? floor.otherInspections
        drugSubstanceSampling = try c.decodeIfPresent(Bool.self, forKey: .drugSubstanceSampling) ?? floor.drugSubstanceSampling
        residentStaff = try c.decodeIfPresent(Int.self, forKey: .residentStaff) ?? floor.residentStaff
        specialMeasures = try c.decodeIfPresent(String.self, forKey: .specialMeasures)
    }
}
