/// When to try a lost connection again: at once, then after 1, 2, 4 … up to 30 seconds between attempts, so a
/// dashboard left open through a server's restart reconnects soon without hammering it while it is down.
struct ReconnectSchedule {
    private var pause: Duration = .zero
    private var nextAttempt: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    static let longestPause: Duration = .seconds(30)

    /// How long until the next attempt may be made (zero or less: now); nil before any failure.
    func waitBeforeAttempt() -> Duration? {
        guard let nextAttempt else { return .zero }
        return nextAttempt - clock.now
    }

    /// Whole seconds until the next attempt, for the status line.
    var secondsLeft: Int {
        guard let wait = waitBeforeAttempt(), wait > .zero else { return 0 }
        return Int(wait.components.seconds) + (wait.components.attoseconds > 0 ? 1 : 0)
    }

    mutating func failed() {
        pause = pause == .zero ? .seconds(1) : min(pause * 2, Self.longestPause)
        nextAttempt = clock.now + pause
    }

    mutating func succeeded() {
        pause = .zero
        nextAttempt = nil
    }
}
