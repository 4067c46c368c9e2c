/// The task-force member who answers for a due item (an inspection's team leader).
public struct DueOwner: Hashable, Sendable, Codable {
    /// The inspector's id.
    public let id: String
    public let name: String
    public let nameEn: String?

    public init(id: String, name: String, nameEn: String?) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
    }

    /// Whether a user name (`$BIOPILOT_USER`, `--owner`) names this member: by id or either name, any case.
    public func matches(_ user: String) -> Bool {
        let u = user.trimmed.lowercased()
        return !u.isEmpty && [id, name, nameEn ?? ""].contains { $0.lowercased() == u }
    }
}

extension DueOwner: BilinguallyNamed {}
