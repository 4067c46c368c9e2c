import Foundation
import Glibc

/// How long a command waits for another process's lock, and whom it tells that it is waiting.
public struct LockPolicy: Sendable {
    /// Seconds to wait before giving up with a `.busy` error (exit 2 on the command line).
    public var timeout: Double
    /// Called once, after a second of waiting, with who holds the lock and since when.
    public var onWait: (@Sendable (String) -> Void)?

    public init(timeout: Double = 30, onWait: (@Sendable (String) -> Void)? = nil) {
        self.timeout = timeout
        self.onWait = onWait
    }

    public static let standard = LockPolicy()
}
