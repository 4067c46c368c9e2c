import Foundation
import PilotCore

/// `biopilot validate` output: one line per finding, or JSON for scripts.
public enum FindingsFormat {
    public static func text(_ findings: [Finding], language: Language) -> String {
        var out = ""
        for f in findings {
            let severity = f.severity.label[language]
            out += "\(severity)\t\(f.rule)\t[\(f.section)]\t\(f.productId ?? f.record?.id ?? "-")\t\(f.message[language])\n"
        }
        let count = { (s: Finding.Severity) in findings.filter { $0.severity == s }.count }
        out += language == .zh
            ? "共 \(findings.count) 项：错误 \(count(.error))，警告 \(count(.warning))，提示 \(count(.info))\n"
            : "\(findings.count) findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) info\n"
        return out
    }

    public static func json(_ findings: [Finding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(findings), as: UTF8.self) + "\n"
    }
}
