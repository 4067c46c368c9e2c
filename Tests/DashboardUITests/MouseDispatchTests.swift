import PilotCore
import Testing

@testable import DashboardUI

/// Clicks and the wheel do what keys do: measured from where the selection is drawn, so they follow each
/// pane's layout without repeating it.
@Suite struct MouseDispatchTests {
    func click(_ s: inout AppState, _ x: Int, _ y: Int, double: Bool = false) -> [Effect] {
        reduce(&s, .mouse(MouseEvent(double ? .doubleClick : .click, x: x, y: y)))
    }

    @Test func aTabClickSwitchesPanes() throws {
        var s = UI.state(Size(width: 80, height: 24))
        let tab = try #require(Header.tabs(s).first { $0.pane == .coverage })
        _ = click(&s, tab.x + 1, 0)
        #expect(s.pane == .coverage)
        _ = click(&s, 3, 0) // " biopilot " is not a tab
        #expect(s.pane == .coverage)
    }

    @Test func aClickSelectsTheRowAndADoubleClickOpensIt() {
        var s = UI.state(Size(width: 80, height: 24))
        // Rows start under the table header: the fifth product is on screen row 6.
        _ = click(&s, 10, 6)
        #expect(s.selectedRow?.product.id == "P05")
        _ = click(&s, 10, 1) // the table's heading
        #expect(s.selectedRow?.product.id == "P05")
        _ = click(&s, 10, 3, double: true)
        #expect(s.products.detail != nil && s.selectedRow?.product.id == "P02")
    }

    @Test func theWheelMovesThreeRowsAndScrollsAnOverlay() {
        var s = UI.state(Size(width: 80, height: 24))
        _ = reduce(&s, .mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(s.selectedRow?.product.id == "P04")
        _ = reduce(&s, .logLoaded(title: "log", entries: (1...80).map { "line \($0)" }.map { LogEntry(lines: [$0]) }))
        _ = reduce(&s, .mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(s.logView?.scroll == 3 && s.selectedRow?.product.id == "P04")
        // A click over an overlay does nothing.
        _ = click(&s, 10, 10)
        #expect(s.selectedRow?.product.id == "P04" && s.logView != nil)
    }

    @Test func aCalendarClickPicksTheDayUnderIt() throws {
        var s = UI.state(Size(width: 80, height: 24))
        s.pane = .calendar
        let today = s.calendar.selected
        let grid = Screen.render(s)
        let cell = try #require(SelectionBlock.narrowest(in: grid, area: Layout.body(s.size)))
        // One cell to the left and one week down.
        _ = click(&s, cell.x - 1, cell.y + cell.height)
        #expect(s.calendar.selected == today.adding(days: 6))
        // Below the month grid (the day's list) a click moves no day.
        _ = click(&s, 40, 22)
        #expect(s.calendar.selected == today.adding(days: 6))
    }

    /// A click on a form field's row focuses that field, as Tab would; the label or the value, either works.
    @Test func aClickFocusesTheFormFieldUnderIt() throws {
        var s = UI.state(Size(width: 80, height: 24))
        UI.press(&s, .char("a"))
        let form = try #require(s.form)
        #expect(form.focus == 0 && form.fields.count > 4)
        let grid = Screen.render(s)
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains(form.fields[3].label[.en]) })
        _ = click(&s, 12, row)
        #expect(s.form?.focus == 3)
        _ = click(&s, 60, row - 2, double: true)
        #expect(s.form?.focus == 1 && s.form != nil, "a double click focuses; it does not save")
        // The box's border and footer are not fields.
        _ = click(&s, 12, 23)
        #expect(s.form?.focus == 1)
    }
}
