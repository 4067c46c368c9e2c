import Foundation
import Glibc

/// A test seam: makes the next write or fsync of a chosen store file fail as a full disk or a failing device
/// would, so tests can prove that a failed append writes nothing and a failed snapshot rewrite loses nothing.
/// Nothing arms it outside tests.
public final class FaultInjection: @unchecked Sendable {
    public enum Call: Sendable, Equatable {
        /// `write`: half the bytes are written, then the call fails (a disk filling up mid-line).
        case write
        case fsync
        /// The fsync of the directory after a rename.
        case directorySync
    }

    public static let shared = FaultInjection()

    private let lock = NSLock()
    private var armed: [(call: Call, path: String, code: Int32)] = []

    /// The next `call` on a file whose path starts with `path` (e.g. "DIR/journal.jsonl", or "DIR/store.json",
    /// which also matches its temp files) fails with `code` (ENOSPC, EIO). Each arming fails one call; paths keep
    /// tests that run at the same time out of each other's way.
    public func fail(_ call: Call, path: String, with code: Int32) {
        lock.withLock { armed.append((call, path, code)) }
    }

    public func reset() {
        lock.withLock { armed.removeAll() }
    }

    /// The errno to fail with, consuming the arming, or nil.
    func take(_ call: Call, path: String) -> Int32? {
        lock.withLock {
            guard !armed.isEmpty else { return nil }
            guard let i = armed.firstIndex(where: { $0.call == call && path.hasPrefix($0.path) }) else { return nil }
            return armed.remove(at: i).code
        }
    }
}
