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
        // By byte, not by Character: comparing Characters was most of a national export, and a comma or quote
        // followed by a combining mark (one Character, not equal to ",") must be quoted too.
        if v.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            var quoted: [UInt8] = [0x22]
            quoted.reserveCapacity(v.utf8.count + 8)
            for byte in v.utf8 {
                quoted.append(byte)
                if byte == 0x22 { quoted.append(0x22) }
            }
            quoted.append(0x22)
            return String(decoding: quoted, as: UTF8.self)
        }
        return v
    }
}
