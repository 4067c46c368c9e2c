import Testing

@testable import Exchange

/// A document whose rows are made in runs on every core is the document of the same rows made one by one.
@Suite struct CSVDocumentRunsTests {
    @Test(arguments: [0, 1, 15, 16, 17, 1000])
    func rowsMadeInRunsMakeTheSameDocument(_ count: Int) {
        let cells = ["plain", "a,b", "say \"hi\"", "=1+1", "苏禾康", "line\nbreak", "", "-3", "\u{202E}x"]
        let rows = (0..<count).map { i in [String(i), cells[i % cells.count], cells[(i * 7) % cells.count]] }
        for bom in [true, false] {
            let one = CSV.document(header: ["n", "a", "b"], rows: rows, bom: bom)
            #expect(CSV.document(header: ["n", "a", "b"], count: rows.count, bom: bom) { rows[$0] } == one)
        }
    }
}
