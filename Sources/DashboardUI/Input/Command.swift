import PilotCore

/// What a key asks the dashboard to do.
public enum Command: Hashable, Sendable {
    case quit, help, nextPane, previousPane
    case pane(Pane)
    case up, down, pageUp, pageDown, top, bottom
    case open, back, filter, clearFilter, nextMatch, previousMatch, cycleSort, commandLine, redraw
    case previousDay, nextDay, previousWeek, nextWeek, previousMonth, nextMonth, today, goToDate
    case addInspection, editInspection, moveEarlier, moveLater, advanceStatus, closeRectification, cancelInspection, toggleLoad
    case addRecord, editRecord, toggleSummary, previousYear, nextYear
    /// The sampling pane: supervisory samplings or the commissioned-testing log.
    case toggleCommissioned
    case cycleProvince, proposePlan
    case advanceStage, stageBack, deleteRecord
    /// A risk-control measure: add one answering a finding; mark one done.
    case addMeasure, closeMeasure
    case undo, redo, undoList
    case showMessages
    case keepTheirs, applyMine, keepEditing
    /// Overlays: close the top one, accept what it offers (all of it), skip an item, answer no, change a choice.
    case close, accept, acceptAll, skip, decline, cycleChoice
    /// The due pane: only the rows the current user owns.
    case toggleMine
}
