import Foundation
import PilotCore

/// CSV for Excel and WPS: RFC 4180 quoting, CRLF, UTF-8 with a BOM unless asked not to. A cell starting with
/// `= + - @` (or a tab or carriage return) is prefixed with `'` so a spreadsheet never runs it as a formula.
/// Control characters other than a newline, CRLF or tab inside a cell are shown as visible escapes
/// (`\x1b`, `\u{202E}`: `TerminalText`), so the file is safe to `cat` and reads the same in Excel.
public enum CSV {
    public static func document(header: [String], rows: [[String]], bom: Bool = true) -> String {
        var out = bom ? "\u{FEFF}" : ""
        for row in [header] + rows {
            out += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func cell(_ value: String) -> String {
        var v = TerminalText.visibleOutput(value)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
