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

    /// The same document of `count` rows, row `i` made by `row(i)`.
    public static func document(header: [String], count: Int, bom: Bool = true, row: @Sendable (Int) -> [String]) -> String {
        document(header: header, count: count, bom: bom) { i, line in
            for value in row(i) { line.cell(value) }
        }
    }

    /// The same document of `count` rows, row `i` written cell by cell by `row(i, &line)`: the rows are made and
    /// quoted in runs on every core (an export of 200k samplings), each cell straight into its run's bytes, and no
    /// list of all the rows, nor of one row's cells, is ever held.
    public static func document(header: [String], count: Int, bom: Bool = true, row: @Sendable (Int, inout Line) -> Void) -> String {
        var out: [UInt8] = bom ? Array("\u{FEFF}".utf8) : []
        append(header, to: &out)
        let runs = ParallelRuns.map(count) { run in
            var line = Line()
            for i in run {
                row(i, &line)
                line.end()
            }
            return line.bytes
        }
        for run in runs { out.append(contentsOf: run) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rows being written: cells apart by commas, each quoted as `cell` quotes it, a row ended by CRLF.
    public struct Line {
        var bytes: [UInt8] = []
        private var cells = 0

        public mutating func cell(_ value: String) {
            if cells > 0 { bytes.append(UInt8(ascii: ",")) }
            cells += 1
            CSV.append(cell: value, to: &bytes)
        }

        mutating func end() {
            bytes.append(contentsOf: [0x0D, 0x0A])
            cells = 0
        }
    }

    /// `cell(value)` as UTF-8. A value with no byte that can start an unsafe scalar (below U+0020, DEL, and the
    /// lead bytes 0xC2, 0xD8 and 0xE2 of the C1 controls and the bidi marks: see `TerminalText.isUnsafe`) is shown
    /// as it is, so it is written without making a String of it; any other goes through `cell`.
    static func append(cell value: String, to out: inout [UInt8]) {
        var value = value
        let written = value.withUTF8 { bytes -> Bool in
            var quoted = false
            for b in bytes {
                if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 { return false }
                if b == 0x2C || b == 0x22 { quoted = true }
            }
            let formula = bytes.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 } ?? false
            if quoted { out.append(0x22) }
            if formula { out.append(0x27) }
            if quoted {
                for b in bytes {
                    out.append(b)
                    if b == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
            return true
        }
        if !written { out.append(contentsOf: cell(value).utf8) }
    }

    private static func append(_ row: [String], to out: inout [UInt8]) {
        for (column, value) in row.enumerated() {
            if column > 0 { out.append(UInt8(ascii: ",")) }
            append(cell: value, to: &out)
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
