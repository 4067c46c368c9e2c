import PilotCore
import Testing

@testable import DashboardUI

/// Ctrl-C does not throw away what was typed into a form without asking.
@Suite struct NothingTypedIsLostTests {
    @Test func ctrlCWithAnEditedFormAsksFirst() {
        var s = UI.state()
        UI.press(&s, .char("a"))
        #expect(s.form != nil)
        UI.type(&s, "x")
        #expect(s.form?.isEdited == true)
        #expect(UI.press(&s, .ctrl("c")).isEmpty && s.prompt == .confirm(.quitLosingForm))
        UI.press(&s, .char("n"))
        #expect(s.prompt == nil && s.form?.isEdited == true)
        UI.press(&s, .ctrl("c"))
        #expect(UI.press(&s, .char("y")) == [.quit])
        // A second Ctrl-C at the question quits too.
        var t = UI.state()
        UI.press(&t, .char("a"))
        UI.type(&t, "x")
        UI.press(&t, .ctrl("c"))
        #expect(UI.press(&t, .ctrl("c")) == [.quit])
    }

    @Test func ctrlCQuitsAtOnceWhenNothingWasTyped() {
        var s = UI.state()
        UI.press(&s, .char("a"), .tab)
        #expect(s.form?.isEdited == false)
        #expect(UI.press(&s, .ctrl("c")) == [.quit])
        var plain = UI.state()
        #expect(UI.press(&plain, .ctrl("c")) == [.quit])
    }
}
