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
}
