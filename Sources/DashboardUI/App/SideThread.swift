import Dispatch
import Synchronization

/// A value made on another core while the caller goes on with its own work: the dashboard model's build has halves
/// that share only their inputs (the sampling list's rows and orders, the findings and product rows), and at
/// national scale each takes most of a second.
final class SideThread<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let made = make()
            value.withLock { $0 = made }
            done.signal()
        }
    }

    /// Blocks until the value is made, then hands it over.
    func wait() -> Value {
        done.wait()
        return value.withLock { $0.take()! }
    }
}
