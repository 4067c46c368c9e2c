import Dispatch
import Synchronization

/// One rewrite of store.json made on another thread, so the dashboard keeps answering keys while a national
/// store's snapshot (seconds of encoding) is made. The snapshot is a value captured when it starts; edits made
/// meanwhile are journal lines after its revision, which opening replays, so the older snapshot stays valid.
final class BackgroundCompaction: Sendable {
    enum Phase: Sendable {
        /// Encoding the snapshot; no lock held.
        case encoding
        /// Writing, fsyncing and renaming under the exclusive lock: other members' saves wait for this part only.
        case writing
        /// Given up before writing (the dashboard quit while it encoded): nothing is written.
        case cancelled
        case finished(Outcome)
    }

    enum Outcome: Sendable {
        case written
        /// Another writer held the lock for seconds: nothing written; the next quiet moment tries again.
        case busy
        case failed(StoreError)
    }

    /// The revision the snapshot is at.
    let revision: Int
    private let phase = Mutex<Phase>(.encoding)
    private let done = DispatchSemaphore(value: 0)

    init(_ snapshot: Snapshot, files: StoreFiles) {
        revision = snapshot.revision
        DispatchQueue.global(qos: .utility).async { [self] in
            if let outcome = write(snapshot, files) { phase.withLock { $0 = .finished(outcome) } }
            done.signal()
        }
    }

    /// The outcome once finished, without waiting.
    var outcome: Outcome? {
        phase.withLock { phase in
            if case .finished(let outcome) = phase { return outcome }
            return nil
        }
    }

    /// True while this process's own rewrite holds the store's lock.
    var isWriting: Bool {
        phase.withLock { phase in
            if case .writing = phase { return true }
            return false
        }
    }

    /// Blocks until the rewrite has finished.
    func waitForOutcome() -> Outcome {
        done.wait()
        done.signal()
        return outcome ?? .busy
    }

    /// Quitting: a rewrite still encoding is dropped (no file touched yet); one writing is waited for, so no
    /// half-written temp file is left for the next writer to clear away.
    func cancel() {
        let writing = phase.withLock { phase in
            if case .encoding = phase {
                phase = .cancelled
                return false
            }
            return true
        }
        if writing { _ = waitForOutcome() }
    }

    /// Nil when cancelled before writing.
    private func write(_ snapshot: Snapshot, _ files: StoreFiles) -> Outcome? {
        let bytes: [UInt8]
        do {
            bytes = try snapshot.encoded()
        } catch {
            return .failed(error)
        }
        let cancelled = phase.withLock { phase in
            if case .cancelled = phase { return true }
            phase = .writing
            return false
        }
        if cancelled { return nil }
        do throws(StoreError) {
            // A save holds the lock for milliseconds: wait that out, but never a long import.
            let lock = try FileLock(path: files.lock, exclusive: true, policy: LockPolicy(timeout: 5))
            defer { withExtendedLifetime(lock) {} }
            try FileIO.replace(files.snapshot, with: bytes)
            return .written
        } catch  where error.kind == .busy {
            return .busy
        } catch {
            return .failed(error)
        }
    }
}
