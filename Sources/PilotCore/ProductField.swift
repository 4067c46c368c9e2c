public enum ProductField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, category, holderId, drugSubstanceSite, drugProductSite, planRef, intrinsic, compliance
    case jointPlan, unifiedQualitySystem, documentsNameBothAddresses, isVaccine, lotRelease
}
