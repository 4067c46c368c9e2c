/// Why a store could not be read or written: the file, the place in it, and the reason, in words a user can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Cannot be read as data: corrupt, truncated, wrong types, invalid UTF-8, newer schema.
        case unreadable
        /// The journal's hash chain is broken: a line was altered or removed.
        case tampered
        /// Another writer changed the same record first.
        case conflict
        /// The operating system refused: permissions, a full disk, a missing directory.
        case io
        /// The store directory holds no store.
        case missing
        /// An edit names a record that does not exist, or one that already exists.
        case invalidEdit
        /// Another process holds the store's lock (and this one would not, or no longer, wait).
        case busy
        /// The store opened for reading only: its journal is damaged, so nothing may be appended to it.
        case readOnly
    }

    public let kind: Kind
    public let file: String?
    /// "line 12, column 5", "byte 4096", "inspections[3].start" …
    public let position: String?
    public let reason: String

    public init(_ kind: Kind, file: String?, position: String? = nil, _ reason: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.reason = reason
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let position { parts.append(position) }
        return parts.isEmpty ? reason : parts.joined(separator: ": ") + ": " + reason
    }
}
