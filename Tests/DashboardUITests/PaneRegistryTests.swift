import PilotCore
import Testing

@testable import DashboardUI

/// The header, the number keys, `:n` and `:name`, Tab cycling and the status line all come from the one
/// pane registry, so a new pane appears in each of them.
@Suite struct PaneRegistryTests {
    @Test(arguments: Pane.allCases) func everyPaneIsReachableByNumberAndName(pane: Pane) {
        var s = UI.state()
        UI.press(&s, .char(Character(String(pane.rawValue))))
        #expect(s.pane == pane)
        for name in [String(pane.rawValue), pane.component.commandName] {
            var t = UI.state()
            UI.press(&t, .char(":"))
            UI.type(&t, name)
            UI.press(&t, .enter)
            #expect(t.pane == pane, ":\(name)")
        }
        let text = Screen.render(s).text
        #expect(text.contains(" \(pane.rawValue) \(pane.component.title.en)") && text.contains(" " + pane.component.title.en + " │"))
    }

    @Test func tabVisitsEveryPaneInOrderAndShiftTabGoesBack() {
        var s = UI.state()
        var visited: [Pane] = []
        for _ in Pane.allCases {
            visited.append(s.pane)
            UI.press(&s, .tab)
        }
        #expect(visited == Pane.allCases && s.pane == Pane.allCases.first)
        UI.press(&s, .backTab)
        #expect(s.pane == Pane.allCases.last)
    }

    /// A pane's keys are its own: every scope it activates has bindings in its table (or is the shared list).
    @Test(arguments: Pane.allCases) func aPanesScopesAreInItsKeyTable(pane: Pane) {
        var s = UI.state()
        s.pane = pane
        let own = Set(pane.component.bindings.map(\.scope))
        for scope in pane.component.scopes(s) where scope != .list { #expect(own.contains(scope), "\(scope)") }
        #expect(Keymap.bindings.filter { $0.command == .pane(pane) }.count == 1)
    }
}
