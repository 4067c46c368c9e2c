/// A store setting shared by every member of the task force, journalled like every edit:
/// `deadline.lab-report` = `20`, with the reason it was set.
public struct Setting: Identified, Hashable, Sendable, Codable {
    /// The setting's key (`deadline.lab-report`).
    public var id: String
    public var value: String
    public var reason: String?

    public init(id: String, value: String, reason: String? = nil) {
        self.id = id
        self.value = value
        self.reason = reason
    }
}
