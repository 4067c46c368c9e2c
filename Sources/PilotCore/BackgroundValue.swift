import Dispatch
import Synchronization

/// A value made on another core while the caller goes on with its own work (the snapshot read beside the journal's
/// walk, the sampling list built beside the rest of the dashboard model): `ready` takes a look without waiting, `wait`
/// blocks for it, `take` blocks and hands it over, keeping no reference (so the caller may change it in place).
public final class BackgroundValue<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)
    /// The maker, let go before the value is announced: what it holds (the store's data, the index) is then held
    /// only by the caller, which may change it in place without a copy.
    private let maker: Mutex<(@Sendable () -> Value)?>

    public init(_ make: @escaping @Sendable () -> Value) {
        maker = Mutex(make)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let made = maker.withLock { $0.take() }.map { $0() }
            value.withLock { $0 = made }
            done.signal()
        }
    }

    /// The value if it is made, else nil at once.
    public var ready: Value? { value.withLock { $0 } }

    /// Blocks until the value is made; it stays here for later calls.
    public func wait() -> Value {
        done.wait()
        done.signal()
        return value.withLock { $0! }
    }

    /// Blocks until the value is made and hands it over; call once, instead of `wait`.
    public func take() -> Value {
        done.wait()
        return value.withLock { $0.take()! }
    }
}
