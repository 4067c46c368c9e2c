import Dispatch
import Synchronization

/// Work over positions `0..<count` cut into runs that every core takes in turn, the results in run order: the
/// rules over thousands of products and an export's hundreds of thousands of rows are independent per item.
public enum ParallelRuns {
    /// `body` of each run, in order. With one run or none it runs here, on this thread.
    public static func map<T: Sendable>(_ count: Int, runs: Int = 16, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let size = max(1, (count + runs - 1) / max(1, runs))
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        guard ranges.count > 1 else { return ranges.map(body) }
        let results = Results<T>(ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in results.set(k, body(ranges[k])) }
        return results.take()
    }

    private final class Results<T: Sendable>: Sendable {
        private let slots: Mutex<[T?]>

        init(_ count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        func set(_ k: Int, _ value: T) { slots.withLock { $0[k] = value } }

        /// Every run has set its slot by the time `concurrentPerform` returns.
        func take() -> [T] { slots.withLock { $0.map { $0! } } }
    }
}
