import Foundation
import Glibc
import PilotCore

/// A journal position: revision and the hash of its line, printed as `REV:HASH`.
public struct JournalHead: Sendable, Equatable, CustomStringConvertible {
    public let revision: Int
    public let hash: String

    public init(revision: Int, hash: String) {
        self.revision = revision
        self.hash = hash
    }

    /// Parses `REV:HASH` (the hash may be abbreviated to 12 or more hex digits).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let rev = Int(parts[0]), rev >= 0, parts[1].count >= 12, parts[1].count <= 64,
            parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        revision = rev
        hash = String(parts[1])
    }

    public var description: String { "\(revision):\(hash)" }
}
