import PilotCore
import Testing

@testable import DashboardUI

/// Every status message stays readable: kept since start, listed by `M` and `:messages`, and marked when cut.
@Suite struct MessagesTests {
    func withMessages(_ texts: [String], _ size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = UI.state(size)
        for (n, text) in texts.enumerated() { _ = reduce(&s, .message(text, isError: n % 2 == 1)) }
        return s
    }

    @Test func everyMessageIsKeptInOrderAndARepeatOnlyOnce() {
        var s = withMessages(["one", "two", "three"])
        _ = reduce(&s, .message("three", isError: false))
        #expect(s.messages.map(\.text) == ["one", "two", "three", "three"].dropLast())
        #expect(s.messages.map(\.isError) == [false, true, false])
    }

    @Test func theHistoryKeepsTheNewestFiveHundred() {
        let s = withMessages((1...520).map { "message \($0)" })
        #expect(s.messages.count == AppState.messagesKept)
        #expect(s.messages.first?.text == "message 21" && s.messages.last?.text == "message 520")
    }

    @Test func mListsThemNewestAtTheBottomAndScrolls() throws {
        var s = withMessages((1...40).map { "message \($0)" })
        UI.press(&s, .char("M"))
        let log = try #require(s.logView)
        #expect(log.lines.count == 40 && log.lines.last == "40. ✗ message 40" && log.lines.first == "1. message 1")
        let rows = LogView.rows(s.size, lineCount: 40)
        #expect(log.scroll == 40 - rows)
        let screen = Screen.render(s).text
        #expect(screen.contains("40. ✗ message 40") && !screen.contains("1. message 1 "))
        UI.press(&s, .char("g"))
        #expect(s.logView?.scroll == 0 && Screen.render(s).text.contains("1. message 1"))
        UI.press(&s, .char("k"), .pageUp)
        #expect(s.logView?.scroll == 0)
        UI.press(&s, .char("j"), .char("j"))
        #expect(s.logView?.scroll == 2)
        UI.press(&s, .end, .char("j"))
        #expect(s.logView?.scroll == 40 - rows)
        UI.press(&s, .escape)
        #expect(s.logView == nil)
    }

    @Test func aLongMessageWrapsInsteadOfBeingCut() throws {
        let long =
            "unknown command \":bogus\" — commands: q, help, lang zh|en, 1-4, filter TEXT, add KIND, edit KIND ID, delete KIND ID, log, messages, export ics PATH, import samplings|products PATH, compact"
        var s = withMessages([long])
        UI.press(&s, .char("M"))
        let shown = try #require(s.logView).shownLines(s.size)
        #expect(shown.count > 1 && shown.allSatisfy { DisplayWidth.of($0) <= 80 - 3 })
        #expect(Screen.render(s).text.contains("compact"))
    }

    @Test func theCommandLineOpensThemToo() {
        var s = withMessages(["store busy: held by alice (biopilot dashboard) since 09:12, waiting for the lock"])
        UI.press(&s, .char(":"))
        UI.type(&s, "messages")
        UI.press(&s, .enter)
        #expect(s.logView?.lines.contains { $0.contains("held by alice") } == true)
    }

    @Test func aMessageCutAtTheEdgeSaysWhereToReadItWhole() {
        let long = "damaged: journal.jsonl line 1042: the hash does not match the line; run biopilot doctor --repair"
        let s = withMessages([long])
        let status = Screen.render(s).line(23)
        #expect(status.contains("[M]") && status.contains("damaged: journal"))
        let short = withMessages(["saved"])
        #expect(!Screen.render(short).line(23).contains("[M]"))
    }
}
