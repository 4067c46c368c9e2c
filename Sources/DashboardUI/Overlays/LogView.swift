import PilotCore

/// `:log`: one record's audit trail.
public struct LogView: Equatable, Sendable {
    public var title: String
    public var lines: [String]
}
