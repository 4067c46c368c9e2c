/// The fields of a store setting.
public enum SettingField: String, Hashable, Sendable, CaseIterable {
    case id, value
}
