import Foundation

/// Times repeated runs of one operation. A row runs at least `minimum` times, then goes on while it has time
/// left in its budget (up to `maximum`), so a fast row gets a meaningful p99 and a slow one at national scale
/// still finishes.
enum Stopwatch {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// `BIOPILOT_BENCH_CLOCK=thread`: time on this thread's CPU clock instead of the wall clock, so that on a machine
    /// busy with other work a row says what the code costs rather than how long it waited for a core. Off by
    /// default: the goals are wall-clock times. The dashboard probe inherits it.
    static let threadClock = ProcessInfo.processInfo.environment["BIOPILOT_BENCH_CLOCK"] == "thread"

    private static func threadNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    static func ms(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

    /// Milliseconds of one run of `body` in this process (on the thread's clock with `threadClock`).
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let read = threadClock ? threadNanoseconds : now
        let start = read()
        try body()
        return Double(read() - start) / 1e6
    }

    /// The timings (ms) of runs of `body`, which is given the run's number and returns its own timing.
    static func runs(minimum: Int, maximum: Int, budget seconds: Double, _ body: (Int) throws -> Double) rethrows -> [Double] {
        let start = now()
        var timings: [Double] = []
        while timings.count < maximum && (timings.count < minimum || Double(now() - start) / 1e9 < seconds) {
            timings.append(try body(timings.count))
        }
        return timings
    }

    /// Prints the mean milliseconds of `count` runs of `body` beside `label` (the `--parts` and `--journal`
    /// lines) and returns the last run's result.
    static func mean<T>(_ label: String, repeat count: Int = 1, _ body: () throws -> T) rethrows -> T {
        let start = now()
        var result = try body()
        for _ in 1..<max(1, count) { result = try body() }
        print(
            label.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%10.3f ms", ms(since: start) / Double(max(1, count)))
                + (count > 1 ? "  (mean of \(count))" : ""))
        return result
    }
}
