import PilotCore

/// CSV for Excel and WPS: RFC 4180 quoting, CRLF, UTF-8 with a BOM unless asked not to. A cell starting with
/// `= + - @` (or a tab or carriage return) is prefixed with `'` so a spreadsheet never runs it as a formula.
/// Control characters other than a newline, CRLF or tab inside a cell are shown as visible escapes
/// (`\x1b`, `\u{202E}`: `TerminalText`), so the file is safe to `cat` and reads the same in Excel.
public enum CSV {
    public static func document(header: [String], rows: [[String]], bom: Bool = true) -> String {
        // Assembled as bytes and made a String once: appending to a String row by row was most of an export.
        var out: [UInt8] = bom ? Array("\u{FEFF}".utf8) : []
        append(header, to: &out)
        for row in rows { append(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same document of `count` rows, row `i` made by `row(i)`: the rows are made and quoted in runs on every
    /// core (an export of 200k samplings), and no list of all the rows is ever held.
    public static func document(header: [String], count: Int, bom: Bool = true, row: @Sendable (Int) -> [String]) -> String {
        var out: [UInt8] = bom ? Array("\u{FEFF}".utf8) : []
        append(header, to: &out)
        let runs = ParallelRuns.map(count) { run in
            var bytes: [UInt8] = []
            for i in run { append(row(i), to: &bytes) }
            return bytes
        }
        for run in runs { out.append(contentsOf: run) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ row: [String], to out: inout [UInt8]) {
        for (column, value) in row.enumerated() {
            if column > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: cell(value).utf8)
        }
        out.append(contentsOf: [0x0D, 0x0A])
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
