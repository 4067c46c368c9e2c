import Dispatch
import Synchronization

/// Frees a big value on another thread: a national store.json's bytes and its tape's words are a quarter of a
/// gigabyte in 60,000 pages, and unmapping them held up opening by about as long as checking the snapshot's
/// ranges, after the decode that needed them.
enum BackgroundRelease {
    /// Values smaller than this are freed where they are: a journal line's decode must not start a task.
    static let minimumBytes = 1 << 20

    /// Takes `value` and lets it go on another thread.
    static func release(_ value: consuming some Sendable) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Holds the value until `empty`, so that the last reference ends on the thread that empties it.
    private final class Box<Value: Sendable>: Sendable {
        private let value: Mutex<Value?>

        init(_ value: consuming Value) { self.value = Mutex(value) }

        func empty() { value.withLock { $0 = nil } }
    }
}
