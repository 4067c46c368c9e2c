import Exchange
import Foundation
import PilotCore
import PilotStore

/// Why an import wrote nothing. The command line prints `message(L)` and maps the cases to exit codes (2 for
/// a file it cannot read, 1 otherwise); the dashboard lists every problem in an overlay.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String)
    /// The file's bytes are neither UTF-8 nor GB18030.
    case undecodable(file: String, reason: String)
    /// One or more rows are bad: each problem with its line number.
    case rejected(file: String, encoding: String, problems: [SamplingImport.Problem])

    /// What failed and where, on one line.
    public func headline(_ L: Language) -> String {
        switch self {
        case .unreadable(let file):
            return Bilingual(zh: "\(file)：无法读取文件", en: "\(file): cannot read the file")[L]
        case .undecodable(let file, let reason):
            return "\(file): \(reason)"
        case .rejected(let file, let encoding, let problems):
            let n = problems.count
            return Bilingual(
                zh: "\(file)（\(encoding)）：未导入任何记录，\(n) 个问题：",
                en: "\(file) (\(encoding)): nothing imported, \(n) problem\(n == 1 ? "" : "s"):")[L]
        }
    }

    /// Each problem on a line of its own, with the file and its line number, shown safely.
    public func problemLines(_ L: Language) -> [String] {
        guard case .rejected(let file, _, let problems) = self else { return [] }
        return problems.map { "\(file):" + TerminalText.visible($0.text(L)) }
    }

    public func message(_ L: Language) -> String {
        ([headline(L)] + problemLines(L).map { "  " + $0 }).joined(separator: "\n")
    }

    public var message: String { message(.en) }

    public var description: String { message }
}
