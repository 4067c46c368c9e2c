import DashboardUI
import PilotCore
import Testing

/// The terminal writes only what `FrameDiff` lists; these pin down what it must list.
@Suite struct FrameDiffTests {
    func grid(_ rows: [String], width: Int = 10) -> Grid {
        var g = Grid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { g.put(row, x: 0, y: y, style: Style(.text)) }
        return g
    }

    @Test func theFirstFrameClearsAndWritesEveryCellButTheBottomRight() {
        let diff = FrameDiff(from: nil, to: grid(["abc", "def"], width: 3))
        #expect(diff.clearsScreen)
        #expect(diff.writes.map { "\($0.x),\($0.y)" } == ["0,0", "1,0", "2,0", "0,1", "1,1"])
    }

    @Test func anUnchangedFrameWritesNothing() {
        let frame = grid(["品种 P01", "status"])
        let diff = FrameDiff(from: frame, to: frame)
        #expect(!diff.clearsScreen)
        #expect(diff.writes.isEmpty)
    }

    @Test func aChangedCellIsWrittenWithItsLeftNeighbourOnly() {
        // The left neighbour is rewritten in case it is a wide character whose right half the change touched.
        let diff = FrameDiff(from: grid(["abcdef", "x"]), to: grid(["abXdef", "x"]))
        #expect(diff.writes.map { "\($0.x),\($0.y)\($0.cell.text)" } == ["1,0b", "2,0X"])
    }

    @Test func aStyleChangeIsAChange() {
        var next = grid(["abc", "x"])
        next.put("b", x: 1, y: 0, style: Style(.error, bold: true))
        let diff = FrameDiff(from: grid(["abc", "x"]), to: next)
        #expect(diff.writes.contains { $0.x == 1 && $0.y == 0 && $0.cell.style == Style(.error, bold: true) })
    }

    @Test func aWideCharacterReplacingTwoNarrowOnesIsWrittenWholeAndItsContinuationNever() {
        let diff = FrameDiff(from: grid(["abcd", "x"]), to: grid(["a检d", "x"]))
        #expect(diff.writes.map(\.cell.text).contains("检"))
        #expect(diff.writes.allSatisfy { $0.cell.width != 0 })
        // The narrow cell left of a changed wide one is rewritten too, so no half glyph is left behind.
        #expect(diff.writes.first?.x == 0)
    }

    @Test func aResizeClearsAndRepaints() {
        let diff = FrameDiff(from: grid(["abc"], width: 3), to: grid(["abc", "def"], width: 4))
        #expect(diff.clearsScreen)
        #expect(diff.writes.count == 4 * 2 - 1)
    }
}
