import PilotCore

/// Draws the whole dashboard for a state: header with tabs, the pane, hints and status line, then the overlays
/// bottom first. Pure: the same state gives the same grid, for the terminal, `biopilot render` and the golden tests.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        if state.isTooSmall {
            TooSmall.draw(into: &grid, state)
            return grid
        }
        Header.draw(into: &grid, state)
        state.pane.component.render(into: &grid, area: Layout.body(state.size), state)
        BottomLines.draw(into: &grid, state)
        for overlay in state.overlays { OverlayView.draw(into: &grid, state, overlay) }
        return grid
    }
}
