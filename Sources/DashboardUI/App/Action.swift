import PilotCore

/// Everything that can happen to the dashboard.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// The store changed (another user's edit, or ours): the model follows, here. `changes` are the records the
    /// journal entries since the model's revision changed, in order, when the runtime knows them all; the model
    /// then updates what they touch (`DashboardModel.applying`). Nil: the model is rebuilt.
    case dataChanged(PilotData, revision: Int, changes: [RecordChange]? = nil)
    /// Other members' edits, picked up in the background: the model follows as for `dataChanged`, and the status
    /// line says so without hiding the user's own last message.
    case othersChanged(PilotData, revision: Int, changes: [RecordChange]? = nil)
    case message(String, isError: Bool)
    /// The journal's check, left for after the first frame, found it damaged (why, as `AppContext.readOnlyReason`):
    /// the dashboard becomes read-only and says so.
    case journalDamaged(String)
    /// The store's database connection was lost (`lost`), or is back: the status line says `message` once and,
    /// while it is down, keeps showing that saves cannot reach the store.
    case connectionChanged(lost: Bool, message: String)
    /// The outcome of a `.save` effect: a form closes only when its save succeeded, so no typing is lost.
    /// `saved` is the edit as written (new records numbered), which `u` undoes.
    case saveFinished(ok: Bool, message: String, saved: RecordEdit? = nil)
    /// The store refused the save: a record changed since its author saw it (sent after `.dataChanged`, so the
    /// model holds the current version). Nothing was written; both versions are shown.
    case saveConflicted(message: String)
    /// A `:import` ended: its summary, its problems, and what it wrote (undone as one unit).
    case importFinished(ImportOutcome)
    /// The file an export would write exists: ask before replacing it (the path is absolute).
    case exportWouldOverwrite(ExportRequest)
    /// A record's audit trail, read from the journal by the runtime (`:log`).
    case logLoaded(title: String, entries: [LogEntry])
}
