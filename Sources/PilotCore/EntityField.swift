/// The fields of each kind of record that can be entered (forms, `biopilot add`/`set`), named once here so a
/// check and the form field it marks cannot drift apart. A case's order is the order the form shows it in;
/// its raw value is the name the command line prints.
public enum EnterpriseField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, creditCode, provinceCode, licence, classes, biologicsSince, liabilityCompensation
}

public enum SiteField: String, CaseIterable, Hashable, Sendable {
    case enterpriseId, address, addressEn, provinceCode, drugSubstance, drugProduct
}

public enum ProductField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, category, holderId, drugSubstanceSite, drugProductSite, planRef, intrinsic, compliance
    case jointPlan, unifiedQualitySystem, documentsNameBothAddresses, lotRelease
}

public enum StaffField: String, CaseIterable, Hashable, Sendable {
    case productId, siteId, person, from, to
}

public enum InspectorField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, unit, provinceCode, conflicts
}

/// A field of any kind of record, for checks of a record whose kind is known only at run time.
public enum EntityField: Hashable, Sendable {
    case enterprise(EnterpriseField)
    case site(SiteField)
    case product(ProductField)
    case staff(StaffField)
    case inspector(InspectorField)

    /// The field's name, as the command line and import reports print it.
    public var name: String {
        switch self {
        case .enterprise(let f): f.rawValue
        case .site(let f): f.rawValue
        case .product(let f): f.rawValue
        case .staff(let f): f.rawValue
        case .inspector(let f): f.rawValue
        }
    }
}
