import Exchange
import Foundation
import PilotCore
import PilotStore

/// Why an import wrote nothing. The messages are the command line's; it maps the cases to exit codes
/// (2 for a file it cannot read, 1 otherwise), and the dashboard shows them in the status line.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(String)
    /// The file's bytes are neither UTF-8 nor GB18030.
    case undecodable(String)
    /// One or more rows are bad: each problem with its line number.
    case rejected(String)

    /// A sheet with bad rows: nothing imported, each problem on a line of its own, shown safely.
    static func rows(_ problems: [some CustomStringConvertible], file: String, encoding: String) -> ImportFailure {
        .rejected(
            "\(file) (\(encoding)): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map { "  \(file):" + TerminalText.visible("\($0)") }.joined(separator: "\n"))
    }

    public var message: String {
        switch self {
        case .unreadable(let text), .undecodable(let text), .rejected(let text): return text
        }
    }

    public var description: String { message }
}
