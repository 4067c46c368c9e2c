import PilotCore
import Testing

@testable import DashboardUI

/// Esc from a case goes back to the pane it was opened from, so the next key means what it meant there.
@Suite struct BackWhereYouCameFromTests {
    @Test func aCaseOpenedFromCoverageGoesBackToCoverage() throws {
        var s = UI.state()
        UI.press(&s, .char("4"))
        let id = try #require(s.selectedCoverageLine?.productId)
        UI.press(&s, .enter)
        #expect(s.pane == .products && s.products.detail?.productId == id)
        UI.press(&s, .escape)
        #expect(s.pane == .coverage && s.products.detail == nil)
        // `a` in the coverage pane schedules what the product lacks, not "add a product".
        UI.press(&s, .char("a"))
        #expect(s.form?.purpose == .newInspection)
    }

    @Test func aCaseOpenedFromTheListGoesBackToTheSameRow() {
        var s = UI.state()
        UI.press(&s, .char("j"), .char("j"), .enter, .escape)
        #expect(s.pane == .products && s.products.detail == nil && s.products.list.selected == 2)
    }
}
