import PilotCore

/// Clicks and the wheel, turned into what the keys already do, so the mouse can never reach a state the
/// keyboard cannot: a tab switches panes, a row or a calendar day is selected by moving to it, a double
/// click opens it, the wheel moves three rows (or scrolls the open overlay).
enum MouseDispatch {
    static func handle(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp, .wheelDown:
            let key: Key = event.kind == .wheelUp ? .up : .down
            return (0..<3).flatMap { _ in KeyDispatch.handle(&state, key) }
        case .click, .doubleClick:
            guard !state.isTooSmall else { return [] }
            // A click on a form field focuses it, by the Tab keys that would (a double click does not save).
            if state.overlays.count == 1, let form = state.form {
                guard let target = FormView.field(atRow: event.y, area: Layout.body(state.size), form: form, language: state.language)
                else { return [] }
                let delta = target - form.focus
                return (0..<abs(delta)).flatMap { _ in KeyDispatch.handle(&state, delta > 0 ? .tab : .backTab) }
            }
            // Over any other overlay or a prompt, only its keys act.
            guard state.overlays.isEmpty else { return [] }
            if event.y == 0 {
                if let tab = Header.tabs(state).first(where: { event.x >= $0.x && event.x < $0.x + $0.width }) {
                    GlobalCommands.switchPane(&state, to: tab.pane)
                }
                return []
            }
            let keys = state.pane == .calendar ? calendarKeys(state, event) : listKeys(state, event)
            guard let keys else { return [] }
            var effects = keys.flatMap { KeyDispatch.handle(&state, $0) }
            if event.kind == .doubleClick { effects += KeyDispatch.handle(&state, .enter) }
            return effects
        }
    }

    /// The selected row is drawn in reverse video: the keys that move the selection from it to the clicked row.
    static func listKeys(_ state: AppState, _ event: MouseEvent) -> [Key]? {
        let grid = Screen.render(state)
        let body = Layout.body(state.size)
        guard body.contains(x: event.x, y: event.y), let selected = SelectionBlock.widest(in: grid, area: body) else { return nil }
        // Headings and titles are not rows.
        guard ![.tableHeader, .title].contains(grid[event.x, event.y].style.role) else { return nil }
        let delta = event.y - selected.y
        return Array(repeating: delta > 0 ? Key.down : .up, count: abs(delta))
    }

    /// The selected day's cell is drawn in reverse video; cells repeat every cell width across and every week's
    /// rows down. A click in the month grid moves to that day; elsewhere it does nothing.
    static func calendarKeys(_ state: AppState, _ event: MouseEvent) -> [Key]? {
        let grid = Screen.render(state)
        let body = Layout.body(state.size)
        guard let cell = SelectionBlock.narrowest(in: grid, area: body) else { return nil }
        let selected = state.calendar.selected
        let first = CivilDate(year: selected.year, month: selected.month, day: 1) ?? selected
        let column = selected.weekday - 1
        let week = (selected.day - 1 + first.weekday - 1) / 7
        let stride = cell.width + 1
        let top = cell.y - week * cell.height
        let left = cell.x - column * stride
        let weeks = Layout.calendarWeeks(first)
        guard event.y >= top, event.y < top + weeks * cell.height, event.x >= left, event.x < left + 7 * stride else { return nil }
        let dx = (event.x - left) / stride - column
        let dy = (event.y - top) / cell.height - week
        return Array(repeating: dx > 0 ? Key.right : .left, count: abs(dx)) + Array(repeating: dy > 0 ? Key.down : .up, count: abs(dy))
    }
}
