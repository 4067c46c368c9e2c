import Foundation
import PilotCore

/// `biopilot validate` output: one line per finding, or JSON for scripts.
public enum FindingsFormat {
    public static func text(_ findings: [Finding], language: Language) -> String {
        var out = ""
        for f in findings {
            // One finding per line, five tab-separated fields: a tab or newline inside a field is shown, never
            // a new field or a forged finding line.
            // The rule by its title (with its id in English only); `--format json` keeps the id for scripts.
            let fields = [
                f.severity.label[language], f.ruleName[language], f.citation.map { "[\($0)]" } ?? "-", f.productId ?? f.record?.id ?? "-",
                f.message[language],
            ]
            out += fields.map(TerminalText.visible).joined(separator: "\t") + "\n"
        }
        let count = { (s: Finding.Severity) in findings.filter { $0.severity == s }.count }
        out +=
            language == .zh
            ? "共 \(findings.count) 项：错误 \(count(.error))，警告 \(count(.warning))，提示 \(count(.info))\n"
            : "\(findings.count) findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) info\n"
        return out
    }

    public static func json(_ findings: [Finding]) -> String {
        return try! JSONOutput.string(findings)
    }
}
