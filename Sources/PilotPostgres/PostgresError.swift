import PilotCore
import PilotStore

/// Why a PostgreSQL store could not be reached, read or written, in words a user can act on. Server errors keep
/// their SQLSTATE, so a caller can retry a serialisation failure and name a refused permission.
public struct PostgresError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached or refused the login.
        case unreachable
        /// The URL carries a password, which would then sit in shell history and process listings.
        case passwordInURL
        /// The server answered with an error (see `sqlState`).
        case server
        /// Another writer changed a record since the editor saw it (the lost-update rule).
        case conflict
        /// An edit names a record that does not exist, or creates one that already exists.
        case invalidEdit
        /// A stored row or journal line could not be read as biopilot data.
        case unreadable
        /// The database holds no biopilot store, or one at an older schema version.
        case missing
    }

    public let kind: Kind
    /// The server's five-character error code (`40001`, `42501` …), for `.server`.
    public let sqlState: String?
    public let message: String
    /// The message in Chinese, where biopilot worded it in both (an edit's refusal); nil for the server's own words.
    public let messageZh: String?

    public init(_ kind: Kind, sqlState: String? = nil, _ message: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        messageZh = nil
    }

    /// A refusal worded in both languages, as a store directory words the same refusal.
    init(_ kind: Kind, _ message: Bilingual) {
        self.kind = kind
        sqlState = nil
        self.message = message.en
        messageZh = message.zh
    }

    public var description: String { message }

    /// A serialisation failure or a deadlock: the transaction did nothing and may simply run again.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// The server refused for lack of a privilege or by a province's row-level policy.
    public var isPermissionDenied: Bool { sqlState == "42501" }
}

extension PostgresError {
    /// The same failure as the store contract reports it, naming the store: a refused permission names the provinces
    /// (the database's message does), a lost server its host and port.
    func storeError(at location: String) -> StoreError {
        let kind: StoreError.Kind
        switch self.kind {
        case .unreachable, .passwordInURL: kind = .unreachable
        case .conflict: kind = .conflict
        case .invalidEdit: kind = .invalidEdit
        case .unreadable: kind = .unreadable
        case .missing: kind = .missing
        case .server: kind = isPermissionDenied ? .forbidden : .server
        }
        // Connection messages already say where; a refused edit names its record, as a store directory's does;
        // others are placed in the store.
        let file = kind == .unreachable || kind == .conflict || kind == .invalidEdit || message.contains(location) ? nil : location
        if let messageZh { return StoreError(kind, file: file, Bilingual(zh: messageZh, en: message)) }
        return StoreError(kind, file: file, message)
    }
}
