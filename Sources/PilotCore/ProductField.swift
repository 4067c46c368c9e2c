public enum ProductField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, basis, type, holderId, drugSubstanceSite, drugProductSite, planRef, intrinsic, compliance
    /// One date per partner province (`jointPlanDates`); the form shows a field for each.
    case jointPlan = "jointPlanDates"
    case unifiedQualitySystem, licenceNamesBothAddresses, certificateNamesBothAddresses, proceduresNameBothAddresses
    case isVaccine, lotRelease
    /// The product's own supervision plan (`supervisionPlan`), one field per part.
    case planDocumentNo = "supervisionPlan.documentNo"
    case planApprovedOn = "supervisionPlan.approvedOn"
    case planFullSystemInspections = "supervisionPlan.fullSystemInspections"
    case planOtherInspections = "supervisionPlan.otherInspections"
    case planDrugSubstanceSampling = "supervisionPlan.drugSubstanceSampling"
    case planResidentStaff = "supervisionPlan.residentStaff"
    case planSpecialMeasures = "supervisionPlan.specialMeasures"
}
