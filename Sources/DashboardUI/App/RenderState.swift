import PilotCore

/// Puts a state where a command line asks: a pane, a selected record, its case open.
/// `biopilot render` and the golden tests use it, so both show what the keys would reach.
public enum RenderState {
    public struct UnknownRecord: Error, CustomStringConvertible {
        public let id: String
        public let pane: Pane
        public var description: String {
            pane == .calendar
                ? "\"\(id)\" is not a date (YYYY-MM-DD)"
                : "no record \"\(id)\" in the \(pane.commandName) list"
        }
    }

    public static func prepare(
        _ state: inout AppState, pane: Pane, select id: String?, detail: Bool,
        month: (year: Int, month: Int)? = nil
    ) throws(UnknownRecord) {
        state.pane = pane
        // A printed screen is the same every time: the status line's overdue count is waited for.
        _ = state.model.due
        state.settleModel(showing: pane)
        // The calendar selects a day: --select YYYY-MM-DD, else the 1st of --month, else today.
        if pane == .calendar, id == nil, let month, let first = CivilDate(year: month.year, month: month.month, day: 1) {
            state.calendar.selected = first
        }
        if let id, !pane.component.select(&state, id: id) { throw UnknownRecord(id: id, pane: pane) }
        if detail && pane == .products {
            _ = reduce(&state, .key(.enter))
        }
    }
}
