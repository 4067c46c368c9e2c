import PilotCore

/// What the dashboard, the command line and the imports need of a store, whichever backend holds it: a store
/// directory (`DirectoryStore`) or a PostgreSQL database (`PostgresStore`). Both keep the same hash-chained journal,
/// refuse a change whose before-state is stale (no lost update), and report their failures as `StoreError`.
public protocol Store: AnyObject {
    /// Where the store is, for messages: a directory, or `postgresql://host:port/database` (never a password).
    var location: String { get }
    var data: PilotData { get }
    var revision: Int { get }
    /// The journal's last line: what reports and exports were made from, and what `log --verify --anchor` checks.
    var head: JournalHead { get }
    /// Things the user should know that did not stop the store from opening, and notices raised since.
    var notices: [String] { get }
    /// Set when the store opened read-only (a damaged journal): every edit is refused with this reason.
    var damage: StoreError? { get }
    /// Whether a check of the journal that opening left for later is still running (`damage` waits for it).
    var historyCheckPending: Bool { get }
    /// Starts that check (a dashboard, after its first frame); nothing when none is left.
    func startHistoryCheck()
    /// The entries the last look at the journal applied (other members' edits), so a dashboard can follow them
    /// record by record.
    var caughtUp: [JournalEntry] { get }
    /// True when the last look also brought records into or out of this member's view without lines of their own (a
    /// province became, or stopped being, a product's partner): a follower rebuilds instead of following `caughtUp`.
    var viewChanged: Bool { get }
    /// Receives notices raised after opening, as they happen.
    var onNotice: ((String) -> Void)? { get set }
    /// True when the store is told of other members' edits (PostgreSQL's notifications), so a look costs nothing
    /// unless one came and the dashboard may look often; false when a look reads the journal (the directory).
    var isNotified: Bool { get }

    /// Picks up other members' edits. With `wait: false` a busy store throws `.busy` at once, so a screen never
    /// freezes behind a long import.
    func refresh(wait: Bool) throws(StoreError)
    /// A record's journal entries, newest first, at most `limit`.
    func history(of kind: EntityKind, id: String, limit: Int) throws(StoreError) -> [JournalEntry]
    /// Applies one edit atomically: catches up with other writers, asks `build` for the changes against the current
    /// data, checks each change's before-state and appends one journal line per change. Returns the entries written.
    /// The newest `limit` entries that `matches` accepts, newest first; `filter` rejects lines before decoding.
    func newest(_ limit: Int, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool) throws(StoreError) -> [JournalEntry]
    @discardableResult
    func commit(user: String, _ build: (PilotData) throws -> Edit) throws -> [JournalEntry]

    /// Maintenance at moments nobody waits on (a directory store rewrites its snapshot; other backends need none).
    func compact() throws(StoreError)
    func compactIfDue()
    func startCompactionIfDue()
    func finishCompaction(wait: Bool)
    func cancelCompaction()
}

extension Store {
    public func refresh() throws(StoreError) { try refresh(wait: true) }

    public func history(of kind: EntityKind, id: String) throws(StoreError) -> [JournalEntry] {
        try history(of: kind, id: id, limit: 200)
    }

    /// As `commit(user:_:)`, with the reason and accepted conflicts known before the data is seen.
    @discardableResult
    public func commit(
        user: String, reason: String? = nil, conflicts: [String]? = nil,
        _ build: (PilotData) throws -> [Change]
    ) throws -> [JournalEntry] {
        try commit(user: user) { data in Edit(changes: try build(data), reason: reason, conflicts: conflicts) }
    }
}
