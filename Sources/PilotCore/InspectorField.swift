public enum InspectorField: String, CaseIterable, Hashable, Sendable {
    case name, nameEn, unit, provinceCode, conflicts
}
