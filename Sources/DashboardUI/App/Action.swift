import PilotCore

/// Everything that can happen to the dashboard.
public enum Action: Sendable {
    case key(Key)
    case resize(Size)
    /// The store changed (another user's edit, or ours): the model is rebuilt once, here.
    case dataChanged(PilotData, revision: Int)
    /// Other members' edits, picked up in the background: the model is rebuilt, and the status line says so
    /// without hiding the user's own last message.
    case othersChanged(PilotData, revision: Int)
    case message(String, isError: Bool)
    /// The outcome of a `.save` effect: a form closes only when its save succeeded, so no typing is lost.
    /// `saved` is the edit as written (new records numbered), which `u` undoes.
    case saveFinished(ok: Bool, message: String, saved: RecordEdit? = nil)
    /// The store refused the save: a record changed since its author saw it (sent after `.dataChanged`, so the
    /// model holds the current version). Nothing was written; both versions are shown.
    case saveConflicted(message: String)
    /// A record's audit trail, read from the journal by the runtime (`:log`).
    case logLoaded(title: String, lines: [String])
}

/// Work the reducer asks the runtime to do; results come back as actions.
public enum Effect: Equatable, Sendable {
    case quit
    /// Rewrite the store's snapshot (`:compact`).
    case compact
    /// Clear and repaint the whole terminal.
    case redraw
    /// Write to the store (one journalled commit); the runtime answers with `.saveFinished`.
    case save(RecordEdit)
    /// Write the inspections as an iCalendar file.
    case exportICS(path: String)
    /// Import a lab's sampling sheet (every row checked first; nothing written if one is bad).
    case importSamplings(path: String)
    /// Import a province's product sheet.
    case importProducts(path: String)
    /// Read the journal entries of one record (answered with `.logLoaded`).
    case showLog(EntityKind, String)
}

/// The screen's regions, shared by the reducer (page sizes) and the renderer, so they agree.
public enum Layout {
    public static func header(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public static func body(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }
    public static func hints(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 2, width: size.width, height: 1) }
    public static func status(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    /// Rows of a list under its column header.
    public static func listRows(_ size: Size) -> Int { max(1, body(size).height - 1) }
    /// Rows of the case detail under its title.
    public static func detailRows(_ size: Size) -> Int { max(1, body(size).height - 1) }
}
