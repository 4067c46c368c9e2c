import PilotCore

/// The calendar pane's regions, shared by its view and its reducer so the day list and the inspector-load
/// list scroll by the rows they are drawn in.
extension Layout {
    /// The month grid (no taller than `month`'s weeks need), and beside it (wide screens) or below it the panel
    /// with the day list or the load view, which gets the rows the grid leaves.
    static func calendarSplit(_ area: Rect, month: CivilDate) -> (month: Rect, panel: Rect) {
        let sideBySide = area.width >= 110
        let gridWidth = sideBySide ? min(area.width - 36, 4 + 7 * 11) : area.width
        if sideBySide {
            return (
                Rect(x: area.x, y: area.y, width: gridWidth, height: area.height),
                Rect(x: area.x + gridWidth + 1, y: area.y, width: area.width - gridWidth - 1, height: area.height)
            )
        }
        let weeks = calendarWeeks(month)
        let height = min(area.height, 2 + weeks * calendarRowsPerWeek(height: min(area.height, 15), weeks: 6))
        return (
            Rect(x: area.x, y: area.y, width: gridWidth, height: height),
            Rect(x: area.x, y: area.y + height, width: area.width, height: area.height - height)
        )
    }

    /// Weeks (Monday to Sunday) the month's grid shows: 4 to 6.
    static func calendarWeeks(_ month: CivilDate) -> Int {
        (month.weekday - 1 + CivilDate.daysInMonth(year: month.year, month: month.month) + 6) / 7
    }

    /// Screen rows per week in a grid `height` rows tall (title and weekday names included): 1 to 6. From 4 rows
    /// a day lists its inspections with their products, one a line.
    static func calendarRowsPerWeek(height: Int, weeks: Int) -> Int { max(1, min(6, (height - 2) / max(1, weeks))) }

    /// Rows of the panel's list under its heading (and, for a week's list, the line saying so).
    static func calendarListRows(_ state: AppState, weekNote: Bool = false) -> Int {
        let panel = calendarSplit(body(state.size), month: state.calendar.monthStart).panel
        return max(1, panel.height - 1 - (weekNote ? 1 : 0))
    }
}
