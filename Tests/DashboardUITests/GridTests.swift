import Foundation
import PilotCore
import Testing

@testable import DashboardUI

@Suite struct GridTests {
    @Test func controlCharactersAreDrawnAsVisibleEscapes() {
        var grid = Grid(width: 30, height: 1)
        grid.put("a\u{1B}]0;x\u{07}\u{202E}b\nc", x: 0, y: 0, style: Style(.text))
        #expect(grid.line(0).trimmingCharacters(in: .whitespaces) == "a\\x1b]0;x\\x07\\u{202E}b\\nc")
        var padded = Grid(width: 8, height: 1)
        padded.putPadded("\u{1B}[2Jabcdef", x: 0, y: 0, width: 8, style: Style(.text))
        #expect(padded.line(0) == "\\x1b[2J…")
    }

    @Test func wideCharacterOwnsItsContinuationCell() {
        var grid = Grid(width: 6, height: 1)
        grid.put("原液a", x: 0, y: 0, style: Style(.text))
        #expect(grid[0, 0].text == "原" && grid[0, 0].width == 2)
        #expect(grid[1, 0].text == "" && grid[1, 0].width == 0)
        #expect(grid.line(0) == "原液a ")
        // Writing over half of a wide character blanks the other half.
        grid.put("x", x: 1, y: 0, style: Style(.text))
        #expect(grid.line(0) == " x液a ")
        #expect(DisplayWidth.of(grid.line(0)) == 6)
    }

    @Test func aWideCharacterNeverStraddlesTheEdge() {
        var grid = Grid(width: 5, height: 1)
        let written = grid.put("制剂原液", x: 0, y: 0, style: Style(.text))
        #expect(written == 4 && grid.line(0) == "制剂 ")
        #expect(grid.put("全体系", x: 2, y: 0, style: Style(.text), limit: 3) == 2)
    }

    /// Every row of every screen has exactly the grid's width in display cells, whatever CJK it holds.
    @Test(arguments: [Language.zh, .en])
    func everyRowHasTheGridWidth(_ language: Language) throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12), Size(width: 57, height: 17)] {
            for pane in Pane.allCases {
                var state = UI.state(size, language)
                try RenderState.prepare(&state, pane: pane, select: nil, detail: false)
                let grid = Screen.render(state)
                for y in 0..<grid.height { #expect(DisplayWidth.of(grid.line(y)) == size.width, "\(pane) \(size) row \(y)") }
            }
            var state = UI.state(size, language)
            try RenderState.prepare(&state, pane: .products, select: "P14", detail: true)
            let grid = Screen.render(state)
            for y in 0..<grid.height { #expect(DisplayWidth.of(grid.line(y)) == size.width) }
        }
    }

    /// The gaps between table columns are blank cells on every row, so columns line up with CJK in each.
    @Test(arguments: [Language.zh, .en])
    func tableColumnsLineUp(_ language: Language) {
        for width in [80, 100, 120] {
            let state = UI.state(Size(width: width, height: 30), language)
            let grid = Screen.render(state)
            let widths = Table.widths(ProductList.columns(language, longest: ProductList.longest(state)), total: width)
            var gaps: [Int] = []
            var x = 0
            for w in widths.compactMap({ $0 }) {
                x += w
                gaps.append(x)
                x += 1
            }
            gaps.removeLast()
            let listTop = Layout.body(state.size).y
            for y in listTop..<(listTop + 1 + state.products.visible.count) {
                for gap in gaps {
                    #expect(grid[gap, y].text == " " && grid[gap, y].width == 1, "width \(width) row \(y) gap \(gap): \(grid.line(y))")
                }
            }
        }
    }

    @Test func tableWidthsFillTheRowExactly() {
        let columns = ProductList.columns(.zh)
        for total in 20...200 {
            let widths = Table.widths(columns, total: total)
            let shown = widths.compactMap { $0 }
            #expect(shown.reduce(0, +) + shown.count - 1 == total, "total \(total): \(widths)")
        }
    }

    @Test func selectedRowIsReverseVideoAndErrorsStandOut() {
        var state = UI.state()
        UI.press(&state, .down)
        let grid = Screen.render(state)
        let row = Layout.body(state.size).y + 2
        #expect((0..<grid.width).allSatisfy { grid[$0, row].style.reverse })
        #expect(!(0..<grid.width).contains { grid[$0, row + 1].style.reverse })
        // P05 has an error: its findings cell is drawn in the error role.
        let p05 = Layout.body(state.size).y + 5
        #expect((0..<grid.width).contains { grid[$0, p05].style.role == .error && grid[$0, p05].text == "✗" })
    }

    @Test func textWrapsByDisplayWidth() {
        let lines = Document.wrap("检查员 孙伟 与 杭州钱江康源生物制药有限公司 存在利益冲突，应回避", width: 20, indent: "  ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "检查员孙伟与杭州钱江康源生物制药有限公司存在利益冲突，应回避")
        #expect(Document.wrap("rectification open due 2026-12-03", width: 16) == ["rectification", "open due", "2026-12-03"])
    }
}
