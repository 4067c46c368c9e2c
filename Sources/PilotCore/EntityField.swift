/// A field of any kind of record, for checks of a record whose kind is known only at run time.
public enum EntityField: Hashable, Sendable {
    case enterprise(EnterpriseField)
    case site(SiteField)
    case product(ProductField)
    case staff(StaffField)
    case inspector(InspectorField)
    case inspection(InspectionField)
    case sampling(SamplingField)
    case setting(SettingField)
    case measure(MeasureField)

    /// The field's name, as the command line and import reports print it.
    public var name: String {
        switch self {
        case .enterprise(let f): f.rawValue
        case .site(let f): f.rawValue
        case .product(let f): f.rawValue
        case .staff(let f): f.rawValue
        case .inspector(let f): f.rawValue
        case .inspection(let f): f.rawValue
        case .sampling(let f): f.rawValue
        case .setting(let f): f.rawValue
        case .measure(let f): f.rawValue
        }
    }
}
