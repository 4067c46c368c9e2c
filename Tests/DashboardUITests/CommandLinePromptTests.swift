import PilotCore
import Testing

@testable import DashboardUI

/// The `:` command line remembers what was run (↑/↓) and completes commands, kinds and record ids (Tab).
@Suite struct CommandLinePromptTests {
    func run(_ s: inout AppState, _ command: String) {
        UI.press(&s, .char(":"))
        UI.type(&s, command)
        UI.press(&s, .enter)
    }

    var typed: (AppState) -> String? {
        { state in if case .command(let line)? = state.prompt { return line.input.text } else { return nil } }
    }

    @Test func upAndDownRecallEarlierCommands() {
        var s = UI.state()
        run(&s, "sampling")
        run(&s, "lang zh")
        run(&s, "lang zh")
        #expect(s.commandHistory == ["sampling", "lang zh"])
        UI.press(&s, .char(":"), .up)
        #expect(typed(s) == "lang zh")
        UI.press(&s, .up)
        #expect(typed(s) == "sampling")
        UI.press(&s, .up)
        #expect(typed(s) == "sampling")
        UI.press(&s, .down)
        #expect(typed(s) == "lang zh")
        UI.press(&s, .down)
        #expect(typed(s) == "")
        UI.press(&s, .up, .enter)
        #expect(s.language == .zh && s.prompt == nil)
    }

    @Test func tabCompletesACommandAKindAndAnId() {
        let data = UI.data
        #expect(CommandCompletion.complete("mes", in: data) == .init(text: "messages ", candidates: []))
        #expect(CommandCompletion.complete("ed", in: data).text == "edit ")
        #expect(CommandCompletion.complete("edit ins", in: data).text == "edit inspector ")
        let inspectors = data.inspectors.map(\.id)
        let partial = CommandCompletion.complete("edit inspector I", in: data)
        #expect(
            partial.candidates == inspectors
                && partial.text == "edit inspector I"
                    + String(inspectors.dropFirst().reduce(inspectors[0]) { String($0.commonPrefix(with: $1)) }.dropFirst())
        )
        #expect(CommandCompletion.complete("edit product P01", in: data).text.hasPrefix("edit product P01"))
        #expect(CommandCompletion.complete("zzz", in: data) == .init(text: "zzz", candidates: []))
        #expect(CommandCompletion.complete("c", in: data).candidates.contains("calendar"))
    }

    @Test func tabInTheDashboardFillsTheLineAndListsWhatIsLeft() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "co")
        UI.press(&s, .tab)
        #expect(typed(s) == "co" && s.message?.text == "compact  coverage")
        UI.type(&s, "v")
        UI.press(&s, .tab)
        #expect(typed(s) == "coverage ")
        UI.press(&s, .enter)
        #expect(s.pane == .coverage)
    }

    @Test func theUnknownCommandMessageListsEveryCommand() {
        var s = UI.state()
        run(&s, "bogus")
        let text = s.message?.text ?? ""
        for usage in CommandCompletion.usages { #expect(text.contains(usage)) }
    }
}
