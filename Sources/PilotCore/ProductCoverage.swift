/// Annual coverage (work plan 五(二), DESIGN §2): every in-scope product needs, each year, a completed
/// full-system GMP inspection, a drug-product supervisory sampling, every one of its sites inspected and, when
/// the holder has no production site of its own, the holder's quality system inspected.
public struct ProductCoverage: Hashable, Sendable {
    public let productId: String
    public let name: String
    public let nameEn: String?
    /// Lead (holder's) province.
    public let province: String
    /// Every province with a site or the holder.
    public let provinces: [String]
    /// At least one completed full-system GMP inspection in the year (the national minimum).
    public let fullSystemInspection: Bool
    /// A planned or in-progress full-gmp inspection in the year: a plan, not coverage.
    public let plannedFullSystemInspection: Bool
    /// What the year asks of this product: its own supervision plan where it asks for more, else the national minimum.
    public let plan: SupervisionPlan
    /// Completed full-system GMP inspections in the year, and those planned or in progress.
    public let fullSystemInspections: Int
    public let plannedFullSystemInspections: Int
    /// Completed inspections of any other type in the year.
    public let otherInspections: Int
    /// Supervisory drug-product (制剂) samplings in the year; commissioned testing never counts.
    public let drugProductSampling: SamplingMark
    /// Supervisory drug-substance (原液) samplings in the year: shown, not required.
    public let drugSubstanceSampling: SamplingMark
    /// Enterprise-commissioned tests (委托检验) in the year, counted apart.
    public let commissionedSamplings: Int
    public let sitesInspected: Int
    public let sitesTotal: Int
    /// Sites not covered by a completed inspection in the year.
    public let uninspectedSiteIds: [String]
    /// The holder has no production site of its own (a B-class holder): its quality system must be inspected.
    public let holderInspectionRequired: Bool
    /// A completed inspection in the year marked as covering the holder's quality system.
    public let holderInspected: Bool
    /// Every contract site has the plan's resident staff on the reference day.
    public let residentStaffOK: Bool
    /// Resident staff at the contract site with the fewest; nil without a contract site.
    public let fewestResidentStaff: Int?
    /// The day it entered production, when that was in the year.
    public let inProductionSince: CivilDate?
    /// The holder's province first, then each partner province.
    public let byProvince: [ProvinceShare]

    /// The year's drug-product sampling requirement: a supervisory sampling, pending or issued.
    public var sampling: Bool { drugProductSampling.sampled }

    public var holderRequirementMet: Bool { !holderInspectionRequired || holderInspected }

    /// As many completed full-system inspections as the plan asks (one at least).
    public var fullSystemRequirementMet: Bool { fullSystemInspections >= plan.fullSystemInspections }

    /// The drug substance sampled when the plan asks for it.
    public var drugSubstanceRequirementMet: Bool { !plan.drugSubstanceSampling || drugSubstanceSampling.sampled }

    /// Covered under the product's plan: its full-system inspections, its segments sampled, every site and the holder.
    public var covered: Bool {
        fullSystemRequirementMet && sampling && drugSubstanceRequirementMet && sitesInspected == sitesTotal && holderRequirementMet
    }

    /// Where the product's own plan asks for more than the national minimum and the year has not met it yet.
    public var planShortfalls: [PlanShortfall] { PlanShortfall.of(self) }

    public func share(_ province: String) -> ProvinceShare? { byProvince.first { $0.code == province } }
}
