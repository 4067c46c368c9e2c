import PilotCore
import Testing

@testable import DashboardUI

/// The audit trail's overlay: j/k select an entry and keep it on screen, Enter opens it whole, Esc goes back to
/// where the list was, `/` narrows it, and Esc clears the filter before it closes anything.
@Suite struct LogOverlayTests {
    func trail(_ count: Int, _ size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = UI.state(size)
        let entries = (1...count).reversed().map { n in
            LogEntry(
                lines: ["#\(n)  王芳  changed product P\(n)", "    name: old \(n) → new \(n)"],
                detail: ["Revision: #\(n)", "whole record \(n)"])
        }
        _ = reduce(&s, .logLoaded(title: ":log all", entries: entries))
        return s
    }

    @Test func jkSelectEntriesAndKeepTheSelectedOneOnScreen() throws {
        var s = trail(30)
        let rows = LogView.rows(s.size, lineCount: 60)
        #expect(try #require(s.logView).selectedLines(s.size) == 0..<2)
        for _ in 0..<12 { UI.press(&s, .char("j")) }
        let log = try #require(s.logView)
        let selected = try #require(log.selectedLines(s.size))
        #expect(selected == 24..<26)
        #expect(log.scroll <= selected.lowerBound && selected.upperBound <= log.scroll + rows, "scroll \(log.scroll), rows \(rows)")
        UI.press(&s, .char("G"))
        #expect(try #require(s.logView).selectedLines(s.size) == 58..<60 && s.logView?.scroll == 60 - rows)
        UI.press(&s, .char("g"))
        #expect(s.logView?.scroll == 0)
    }

    @Test func enterOpensTheSelectedEntryAndEscGoesBackToTheSameSpot() throws {
        var s = trail(30)
        UI.press(&s, .char("j"), .char("j"))
        UI.press(&s, .enter)
        let opened = try #require(s.logView)
        #expect(opened.lines == ["Revision: #28", "whole record 28"] && opened.title == ":log all · 3/30")
        #expect(Screen.render(s).text.contains("whole record 28"))
        UI.press(&s, .enter)
        #expect(s.logView?.title == ":log all", "Enter on an opened entry goes back too")
        UI.press(&s, .enter, .escape)
        let back = try #require(s.logView)
        #expect(back.selectedLines(s.size) == 4..<6 && back.title == ":log all")
        UI.press(&s, .escape)
        #expect(s.logView == nil)
    }

    @Test func slashNarrowsTheListAndEscClearsItBeforeClosing() throws {
        var s = trail(30)
        UI.press(&s, .char("/"), .char("P"), .char("2"))
        var log = try #require(s.logView)
        // P2, P20…P29: 11 entries, the newest first; the footer counts them.
        #expect(log.shown.count == 11 && log.isTypingFilter)
        #expect(Screen.render(s).text.contains("11/30"))
        UI.press(&s, .char("q"))
        log = try #require(s.logView)
        #expect(log.filter.text == "P2q" && log.shown.isEmpty, "q is typed into the filter, it does not close")
        UI.press(&s, .backspace, .enter, .char("j"), .enter)
        log = try #require(s.logView)
        #expect(log.lines == ["Revision: #28", "whole record 28"])
        UI.press(&s, .escape)
        #expect(s.logView?.filter.text == "P2")
        UI.press(&s, .escape)
        #expect(s.logView?.filter.text == "" && s.logView?.shown.count == 30)
        UI.press(&s, .escape)
        #expect(s.logView == nil)
    }

    @Test func aPlainListScrollsByLineAndEnterClosesIt() throws {
        var s = UI.state(Size(width: 80, height: 24))
        _ = reduce(&s, .logLoaded(title: "import", entries: (1...40).map { LogEntry(lines: ["problem \($0)"]) }))
        #expect(try #require(s.logView).selectedLines(s.size) == nil)
        UI.press(&s, .char("j"), .char("j"))
        #expect(s.logView?.scroll == 2)
        UI.press(&s, .enter)
        #expect(s.logView == nil)
    }
}
