import PilotCore

/// Puts a state where a command line asks: a pane, a selected record, its case open.
/// `biopilot render` and the golden tests use it, so both show what the keys would reach.
public enum RenderState {
    public struct UnknownRecord: Error, CustomStringConvertible {
        public let id: String
        public let pane: Pane
        public var description: String {
            pane == .calendar ? "\"\(id)\" is not a date (YYYY-MM-DD)"
                : "no record \"\(id)\" in the \(["products", "calendar", "sampling", "coverage"][pane.rawValue - 1]) list"
        }
    }

    public static func prepare(_ state: inout AppState, pane: Pane, select id: String?, detail: Bool,
                               month: (year: Int, month: Int)? = nil) throws(UnknownRecord) {
        state.pane = pane
        if pane == .calendar {
            // The calendar selects a day: --select YYYY-MM-DD, else the 1st of --month, else today.
            if let id {
                guard let day = CivilDate(id) else { throw UnknownRecord(id: id, pane: pane) }
                state.calendar.selected = day
            } else if let month, let first = CivilDate(year: month.year, month: month.month, day: 1) {
                state.calendar.selected = first
            }
            return
        }
        if let id {
            let position: Int?
            switch pane {
            case .products: position = state.products.visible.firstIndex { state.model.rows[$0].product.id == id }
            case .calendar: position = nil
            case .sampling: position = state.sampling.visible.firstIndex { state.model.samplingRows[$0].sampling.id == id }
            case .coverage: position = state.coverage.lines.firstIndex { $0.productId == id }
            }
            guard let position else { throw UnknownRecord(id: id, pane: pane) }
            let count = state.recordCount(pane)
            if pane == .products {
                state.products.list.move(position, count: count, height: Layout.listRows(state.size))
            } else if pane == .coverage {
                state.coverage.list.move(position - state.coverage.list.selected, count: count, height: Layout.coverageListRows(state.size))
            } else if pane == .sampling {
                state.sampling.list.move(position, count: count, height: Layout.samplingListRows(state.size))
            }
        }
        if detail && pane == .products {
            _ = reduce(&state, .key(.enter))
        }
    }
}
