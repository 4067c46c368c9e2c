/// The fields of each kind of record that can be entered (forms, `biopilot add`/`set`), named once here so a
/// check and the form field it marks cannot drift apart. A case's order is the order the form shows it in;
/// its raw value is the name the command line prints.
public enum EnterpriseField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, creditCode, provinceCode, licence, classes, licenceValidUntil, biologicsSince, liabilityCompensation
}
