import CNcursesW
import DashboardUI
import Glibc
import Synchronization

/// Why the dashboard cannot start in this terminal, in words that say what to do instead.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let description: String
}
