import PilotCore
import Testing

@testable import DashboardUI

/// `:log` reads one record's trail, or the journal's narrowed by who and when.
@Suite struct LogQueryTests {
    @Test func argumentsNarrowByUserAndDates() {
        #expect(
            LogQuery.parse(["user", "alice", "since", "2026-11-01", "until", "2026-11-26"])
                == .success(LogQuery(user: "alice", since: CivilDate("2026-11-01"), until: CivilDate("2026-11-26"))))
        #expect(LogQuery.parse(["all"]) == .success(LogQuery()))
        guard case .failure(let bad) = LogQuery.parse(["since", "2026-02-30"]) else {
            Issue.record("a bad date was accepted")
            return
        }
        #expect(bad.message.en == "2026-02-30: February 2026 has 28 days")
        #expect(LogQuery.parse(["user"]) == .failure(CommandProblem(message: Bilingual(zh: "“user”后缺少值", en: "\"user\" needs a value"))))
    }

    @Test func theCommandLineAsksTheRuntimeForTheQuery() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "log user nobody")
        #expect(UI.press(&s, .enter) == [.showLog(LogQuery(user: "nobody"))])
        UI.press(&s, .char(":"))
        UI.type(&s, "log since 2026-13-01")
        #expect(UI.press(&s, .enter).isEmpty && s.message?.isError == true)
        // Without arguments: the selected record's trail.
        UI.press(&s, .char(":"))
        UI.type(&s, "log")
        #expect(UI.press(&s, .enter) == [.showLog(LogQuery(kind: .product, id: "P01"))])
    }
}

@Suite struct LogQueryScreenTests {
    @Test func anEmptyAnswerStillOpensTheOverlay() {
        var s = UI.state(Size(width: 80, height: 24))
        _ = reduce(&s, .logLoaded(title: ":log user nobody", entries: ["(no journal entries match)"].map { LogEntry(lines: [$0]) }))
        #expect(Screen.render(s).text.contains("(no journal entries match)"), "\(Screen.render(s).text)")
    }
}
