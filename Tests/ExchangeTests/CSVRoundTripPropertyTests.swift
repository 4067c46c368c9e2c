import PropertyBased
import Testing

@testable import Exchange

/// What `CSV` writes, `CSVReader` reads back cell for cell, for any text a regulator might type. Each run
/// draws fresh seeds; a failure prints the table and the `.fixedSeed(...)` that replays it.
@Suite struct CSVRoundTripPropertyTests {
    /// Plain letters, the characters CSV must quote (comma, quote, LF, CRLF), the formula starters the writer
    /// guards, a tab, and Chinese text with full-width punctuation and an emoji.
    static let alphabet: [Character] = [
        "a", "Z", "0", " ", ",", "\"", "\n", "\r\n", "\t", "'", "=", "+", "-", "@", "\\",
        "原", "液", "胰", "岛", "素", "，", "“", "”", "é", "👍🏽",
    ]
    static let cell = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...8)

    /// A cell as it reads back: the writer puts `'` before a leading `= + - @`, tab or carriage return so a
    /// spreadsheet never runs it as a formula.
    static func readBack(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    @Test func writtenCellsReadBack() async {
        // At least two columns: a row of one empty cell is a blank line, which the reader skips by design.
        let table = Self.cell.array(of: 4).array(of: 1...5)
        await propertyCheck(count: 300, input: table, Gen.int(in: 2...4), Gen.bool) { table, columns, bom in
            let rows = table.map { Array($0.prefix(columns)) }
            let text = CSV.document(header: rows[0], rows: Array(rows.dropFirst()), bom: bom)
            let records = try CSVReader.parse(text)
            #expect(records.map(\.fields) == rows.map { $0.map(Self.readBack) })
        }
    }
}
