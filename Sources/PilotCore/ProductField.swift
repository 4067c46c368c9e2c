public enum ProductField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, basis, type, holderId, drugSubstanceSite, drugProductSite, planRef, intrinsic, compliance
    /// One date per partner province (`jointPlanDates`); the form shows a field for each.
    case jointPlan = "jointPlanDates"
    case unifiedQualitySystem, licenceNamesBothAddresses, certificateNamesBothAddresses, proceduresNameBothAddresses
    case isVaccine, lotRelease
}
