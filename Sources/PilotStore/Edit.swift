import PilotCore

/// The changes of one edit, with the reason given and any conflicts the user accepted.
public struct Edit: Sendable {
    public var changes: [Change]
    public var reason: String?
    public var conflicts: [String]?

    public init(changes: [Change], reason: String? = nil, conflicts: [String]? = nil) {
        self.changes = changes
        self.reason = reason
        self.conflicts = conflicts
    }
}
