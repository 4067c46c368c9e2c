import Foundation
import Testing

/// The due pane in a real terminal: open it, see the overdue group, open an overdue item's record (a case, an
/// inspection card) and come back with Esc.
@Suite(.serialized) struct DueTmuxTests {
    @Test func openTheOverdueItemsAndComeBack() throws {
        let xdg = TempStore()
        let s = try DashboardTmuxTests.Session(command: DashboardTmuxTests.command(xdg.path))
        try s.waitFor("Products", "5 overdue")
        try s.keys("5")
        var screen = try s.waitFor("Overdue (5)", "Next 30 days", "WD left")
        #expect(screen.contains(" Due │ user e2e"))
        // The first overdue item: a resident-staff shortfall, whose record is the product's case.
        try s.keys("g", "Enter")
        screen = try s.waitFor("Case P08", "Segments")
        try s.keys("Escape")
        screen = try s.waitFor("Overdue (5)", " Due │")
        #expect(!screen.contains("Case P08"))
        // The second: an overall assessment the inspecting unit owes, whose record is the inspection: its card.
        try s.keys("j", "Enter")
        screen = try s.waitFor("Team", "Rectification")
        try s.keys("Escape")
        // The pane shows under the card: wait for the card to go.
        for _ in 0..<200 where try s.screen().contains("Inspection INS-") { usleep(50_000) }
        screen = try s.waitFor("Overdue (5)", " Due │")
        #expect(!screen.contains("Inspection INS-"))
        try s.keys("q")
        try s.waitFor("EXIT=0")
    }

    /// Issue 14's walk: from the due pane open the overdue lab report (the case, on its sampling), record a recall
    /// decided a week ago and due Friday 11-20 with `m`, see it back in the due pane under Overdue reading -1 on
    /// Sunday with the count one up, mark it done with `x` (the day and the evidence) and see it leave, the count
    /// back down; the store then holds it done with its evidence.
    @Test func recordAMeasureFromTheOverdueItemAndMarkItDone() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let s = try DashboardTmuxTests.Session(
            command:
                "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=e2e \(CLI.binary) --store \(store.path) --today 2026-11-22 --lang en")
        try s.waitFor("Products", "5 overdue")
        try s.keys("5")
        try s.waitFor("Overdue (5)", "lab report (batch P09-")
        // The third overdue item, the lab report the lab owes: Enter lands in the case on its sampling.
        try s.keys("g", "j", "j", "Enter")
        try s.waitFor("Case P09")
        try s.keys("m")
        try s.waitFor("Add a risk-control measure", "Answers")
        // The measure: a seizure by default for a sampling; one to the left, a recall, decided 11-16, due 11-20.
        try s.keys("Left", "Tab", "C-u")
        try s.type("2026-11-16")
        try s.keys("Tab", "Tab", "Tab", "C-u")
        try s.type("2026-11-20")
        try s.waitFor("due 2026-11-20")
        try s.keys("Enter")
        try s.waitFor("added risk-control measure M-0004")
        try s.keys("Escape")
        var screen = try s.waitFor("Overdue (6)", "6 overdue", "recall ordered (M-0004)")
        let lines = screen.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.contains("Overdue (6)") })
        let row = try #require(lines.firstIndex { $0.contains("M-0004") })
        let next = lines.firstIndex { $0.contains("Next 30 days") || $0.contains("This week") } ?? lines.count
        #expect(heading < row && row < next && lines[row].hasPrefix("2026-11-20") && lines[row].contains(" -1 "), "\(lines[row])")
        // Mark it done from the due pane: the form asks the day (today) and the evidence.
        try s.keys("/")
        try s.type("M-0004")
        try s.keys("Enter", "x")
        try s.waitFor("Edit risk-control measure M-0004", "Evidence")
        try s.type("召回完成报告 E2E-01")
        try s.keys("Enter")
        try s.waitFor("updated risk-control measure M-0004")
        try s.keys("Escape")
        screen = try s.waitFor("Overdue (5)", "5 overdue")
        // Only the status line still names it ("updated … M-0004"): no row does.
        #expect(!screen.contains("(M-0004)"), "\(screen)")
        try s.keys("q")
        try s.waitFor("EXIT=0")
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as? [String: Any]
        let measure = try #require((json?["measures"] as? [[String: Any]])?.first { $0["id"] as? String == "M-0004" })
        let sampling = try #require((json?["samplings"] as? [[String: Any]])?.first { $0["batch"] as? String == "P09-202606" })
        let answered = try #require(sampling["id"] as? String)
        #expect(measure["kind"] as? String == "recall" && measure["answers"] as? [String: String] == ["kind": "sampling", "id": answered])
        #expect(measure["status"] as? String == "done" && measure["closedOn"] as? String == "2026-11-22")
        #expect(measure["evidence"] as? String == "召回完成报告 E2E-01")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }
}
