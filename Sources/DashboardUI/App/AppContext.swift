import PilotCore

/// Where the dashboard runs: shown in the status line, and whether edits are allowed.
public struct AppContext: Equatable, Sendable {
    public var storePath: String
    public var user: String
    public var readOnly: Bool
    /// Why the store is read-only when it is not the user's choice (a damaged journal: file, line, reason).
    public var readOnlyReason: String?
    /// What the status line said when the connection to the store's database was lost (nil while connected):
    /// saves are refused until the runtime reconnects.
    public var connectionLost: String?

    public init(storePath: String, user: String, readOnly: Bool, readOnlyReason: String? = nil) {
        self.storePath = storePath
        self.user = user
        self.readOnly = readOnly || readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
    }

    /// What a refused change says: the damage and its fix when there is one, else that --readonly is on.
    public func refusal(_ language: Language) -> String {
        guard let readOnlyReason else { return Strings.refusedReadOnly[language] }
        return Bilingual(zh: "日志受损：", en: "damaged: ")[language] + readOnlyReason
    }
}
