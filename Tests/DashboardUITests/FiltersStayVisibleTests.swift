import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 6: an active filter and its count always show, Esc clears it, the sampling pane counts
/// samplings, matches are underlined, and a row that matched on something it does not show says why.
@Suite struct FiltersStayVisibleTests {
    func hintLine(_ s: AppState) -> String { Screen.render(s).line(Layout.hints(s.size).y) }

    /// At 80 columns the key hints fill the line; the filter and its count take the right end instead of vanishing.
    @Test(arguments: [Language.zh, .en])
    func filterShowsAfterThePromptCloses(_ language: Language) {
        for pane: Character in ["1", "3"] {
            let s = UI.filtered(pane, "p0", Size(width: 80, height: 24), language)
            #expect(s.prompt == nil)
            let line = hintLine(s)
            let status = s.pane.component.filterStatus(s)
            #expect(status?.filter == "p0")
            #expect(line.contains("/p0 ") && line.contains(status.map { "\($0.shown)/\($0.total)" } ?? "?"), "\(line)")
        }
    }

    /// "15/15 匹配" with no rows shown: the sampling prompt counted products.
    @Test func samplingCountsSamplings() {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        UI.press(&s, .char("3"), .char("/"))
        UI.type(&s, "zzzz")
        // The supervisory samplings: commissioned tests are a list of their own (`w`).
        let count = s.model.samplingRows.filter { !$0.sampling.commissioned }.count
        #expect(count != s.model.rows.count)
        #expect(hintLine(s).contains("0/\(count) 匹配"), "\(hintLine(s))")
    }

    @Test func escapeClearsTheFilterFirst() {
        for pane: Character in ["1", "3"] {
            var s = UI.filtered(pane, "p07")
            let selected = s.pane.component.selectedRecord(s)?.id
            #expect(s.pane.component.filterStatus(s)?.filter == "p07")
            UI.press(&s, .escape)
            #expect(s.pane.component.filterStatus(s)?.filter == "")
            #expect(s.pane.component.recordCount(s) == s.pane.component.filterStatus(s)?.total)
            // The record that was selected stays selected.
            #expect(s.pane.component.selectedRecord(s)?.id == selected)
            #expect(!hintLine(s).contains("/p07"))
        }
    }

    @Test func matchesAreUnderlined() throws {
        let s = UI.filtered("1", "her2", Size(width: 120, height: 40), .en)
        let grid = Screen.render(s)
        let y = try #require((0..<grid.height).first { grid.line($0).contains("HER2") })
        let x = try #require(Array(grid.line(y)).firstIndex(of: "H"))
        #expect((x..<x + 4).allSatisfy { grid[$0, y].style.underline })
        #expect(!grid[x + 4, y].style.underline && !grid[0, y].style.underline)
    }

    /// 澄源 is a contract manufacturer of P02, in no column: the row and the hint line say so.
    @Test func aHiddenMatchSaysWhy() {
        for (size, language) in [(Size(width: 80, height: 24), Language.zh), (Size(width: 120, height: 40), .en)] {
            let s = UI.filtered("1", language == .zh ? "澄源" : "chengyuan", size, language)
            #expect(s.selectedRow?.product.id == "P02")
            let why = Bilingual(zh: "受托方: 苏州澄源", en: "Contract mfr: Chengyuan")[language]
            #expect(hintLine(s).contains(why), "\(hintLine(s))")
        }
        // A match in what the row shows needs no note.
        #expect(UI.filtered("1", "p02").pane.component.filterStatus(UI.filtered("1", "p02"))?.note == nil)
    }
}
