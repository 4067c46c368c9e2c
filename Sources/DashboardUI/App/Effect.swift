import PilotCore

/// Work the reducer asks the runtime to do; results come back as actions.
public enum Effect: Equatable, Sendable {
    case quit
    /// Rewrite the store's snapshot (`:compact`).
    case compact
    /// Clear and repaint the whole terminal.
    case redraw
    /// Write to the store (one journalled commit); the runtime answers with `.saveFinished`.
    case save(RecordEdit)
    /// Write a file (`:export`, `:report`); the runtime asks back before replacing one.
    case export(ExportRequest)
    /// Import a lab's sampling sheet (every row checked first; nothing written if one is bad).
    case importSamplings(path: String)
    /// Import a province's product sheet.
    case importProducts(path: String)
    /// Read audit-trail entries: one record's, or the journal's by who and when (answered with `.logLoaded`).
    case showLog(LogQuery)
}
