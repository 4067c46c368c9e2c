import PilotCore

/// Draws the whole dashboard for a state: header with tabs, the pane, hints or prompt, status line, overlays.
/// Pure: the same state gives the same grid, for the terminal, `biopilot render` and the golden tests.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        if state.isTooSmall {
            TooSmall.draw(into: &grid, state)
            return grid
        }
        Header.draw(into: &grid, state)
        let body = Layout.body(state.size)
        switch state.pane {
        case .products:
            if let detail = state.products.detail {
                CaseDetail.draw(into: &grid, area: body, state, detail)
            } else {
                ProductList.draw(into: &grid, area: body, state)
            }
        case .calendar:
            CalendarScreen.draw(into: &grid, area: body, state)
        case .sampling:
            SamplingScreen.draw(into: &grid, state)
        case .coverage:
            CoverageScreen.draw(into: &grid, area: body, state)
        }
        BottomLines.draw(into: &grid, state)
        if let id = state.calendar.openInspection, state.pane == .calendar { InspectionOverlay.draw(into: &grid, state, id) }
        if let form = state.form { FormView.draw(into: &grid, area: body, form: form, language: state.language) }
        if let conflict = state.conflict { ConflictView.draw(into: &grid, area: body, conflict: conflict, language: state.language) }
        if let log = state.logView { LogOverlay.draw(into: &grid, state, log) }
        if state.showHelp { HelpOverlay.draw(into: &grid, state) }
        return grid
    }
}
