/// A setting's value in force and where it came from.
public struct Setting<Value: Equatable & Sendable>: Equatable, Sendable {
    public let value: Value
    public let source: SettingSource

    public init(_ value: Value, _ source: SettingSource) {
        self.value = value
        self.source = source
    }

    /// The first value given, from the strongest source down; `fallback` when none is.
    static func first(_ candidates: [(Value?, SettingSource)], else fallback: Value) -> Setting {
        for (value, source) in candidates {
            if let value { return Setting(value, source) }
        }
        return Setting(fallback, .builtIn)
    }
}
