import Dispatch
import Synchronization

/// A value made on another thread: `ready` takes it without waiting once it is made, `wait` blocks for it.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let made = make()
            value.withLock { $0 = made }
            done.signal()
        }
    }

    /// The value if it is made, else nil at once.
    var ready: Value? { value.withLock { $0 } }

    func wait() -> Value {
        done.wait()
        done.signal()
        return value.withLock { $0! }
    }
}
