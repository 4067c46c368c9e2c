import PilotCore
import PilotStore

/// A biopilot store in a PostgreSQL database (`biopilot pg init` made its schema): the same journal lines and hash
/// chain as a store directory, the current records in a table, both written in one transaction per edit.
///
/// It holds one connection, used from one thread. It `LISTEN`s for appends, so looking for other members' edits costs
/// nothing until a notification came. A lost connection fails each call with `.unreachable` and is retried with a
/// growing pause (the dashboard says so once and keeps the form); meanwhile the data stays as last read, and the
/// reconnection catches up with what was appended, in `caughtUp`.
public final class PostgresStore: Store {
    public let location: String
    public private(set) var data: PilotData
    public private(set) var revision: Int
    public private(set) var notices: [String] = []
    public private(set) var caughtUp: [JournalEntry] = []
    public private(set) var viewChanged = false
    public var onNotice: ((String) -> Void)?
    /// A PostgreSQL store never opens read-only for damage: the database refuses a line that breaks the chain.
    public var damage: StoreError? { nil }
    /// The database checks every line as it is written: nothing is left to check after opening.
    public var historyCheckPending: Bool { false }
    public func startHistoryCheck() {}
    public var isNotified: Bool { true }
    public var head: JournalHead { JournalHead(revision: revision, hash: headHash) }
    /// Whether the connection is up (false between losing it and the next successful reconnect).
    public var isConnected: Bool { connection != nil }

    private let conninfo: String
    private var connection: PostgresConnection?
    private var headHash: String
    private var reconnect = ReconnectSchedule()
    /// A reconnection under way, advanced a step at each call that needs the connection (the dashboard's tick).
    private var attempt: PostgresConnectionAttempt?
    /// How long a statement may wait for the server (see `PostgresConnection.answerTimeout`).
    private let answerTimeout: Duration?
    /// The server's notices on the connection, kept out of the terminal (see ServerFarewell).
    private let farewell: ServerFarewell
    /// The newest revision a notification announced: kept until read, so a catch-up that failed is tried again at
    /// the next look rather than waiting for another member's next edit.
    private var announced = 0
    /// A province's member, who sees only its products: records may come into or out of view (`reconcileView`).
    private let viewIsLimited: Bool

    private init(
        conninfo: String, location: String, connection: PostgresConnection, farewell: ServerFarewell, data: PilotData, revision: Int,
        hash: String, viewIsLimited: Bool, answerTimeout: Duration?
    ) {
        self.viewIsLimited = viewIsLimited
        self.answerTimeout = answerTimeout
        self.conninfo = conninfo
        self.farewell = farewell
        self.location = location
        self.connection = connection
        connection.answerTimeout = answerTimeout
        self.data = data
        self.revision = revision
        self.headHash = hash
    }

    /// Connects, starts listening for appends and reads every record the role may see, with the head, as of one moment.
    /// Connecting waits (up to the connect timeout), so an unreachable server is said at once; afterwards no
    /// statement waits longer than `answerTimeout` for the server, and reconnecting never waits at all.
    public static func open(_ conninfo: String, answerTimeout: Duration? = ConnectionTimeouts.answer) throws(StoreError) -> PostgresStore {
        do {
            let conninfo = try ConnectionTimeouts.applied(to: conninfo)
            let connection = try PostgresConnection(conninfo)
            let farewell = ServerFarewell()
            farewell.listen(to: connection)
            let location = connection.location
            try checkSchema(connection, location: location)
            let (data, head) = try read(connection)
            return PostgresStore(
                conninfo: conninfo, location: location, connection: connection, farewell: farewell, data: data, revision: head.revision,
                hash: head.hash, viewIsLimited: try viewIsLimited(connection), answerTimeout: answerTimeout)
        } catch {
            throw error.storeError(at: (try? PostgresURL.location(conninfo)) ?? "PostgreSQL")
        }
    }

    /// A URL (`postgresql://` or `postgres://`) names a PostgreSQL store; anything else is a store directory.
    public static func names(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    static func checkSchema(_ connection: PostgresConnection, location: String) throws(PostgresError) {
        let found = try connection.execute(
            "SELECT to_regclass('biopilot.schema_version') IS NOT NULL AS ready"
        ).value(0, "ready")
        let latest = PostgresSchema.migrations.last?.version ?? 0
        guard found == "t" else {
            throw PostgresError(
                .missing, "\(location) holds no biopilot store; create one with `biopilot pg init --url \(location)`")
        }
        let version =
            Int(try connection.execute("SELECT coalesce(max(version), 0) AS v FROM biopilot.schema_version").value(0, "v") ?? "") ?? 0
        if version < latest {
            throw PostgresError(
                .missing,
                "\(location) has biopilot's schema version \(version), this biopilot needs \(latest); bring it up to date with `biopilot pg init --url \(location)` (as the database's owner)"
            )
        }
        if version > latest {
            throw PostgresError(
                .unreadable,
                "\(location) has biopilot's schema version \(version), newer than this biopilot knows (\(latest)); update biopilot")
        }
    }

    /// The records and the head as of one moment (a read-only repeatable-read transaction). Listening starts first,
    /// so an append committed after that moment is announced, not missed.
    private static func read(_ connection: PostgresConnection) throws(PostgresError) -> (PilotData, (revision: Int, hash: String)) {
        try connection.listenForAppends()
        let journal = PostgresJournal(connection)
        return try connection.transaction(isolation: "ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(PostgresError) in
            (try journal.records(), try journal.head())
        }
    }

    // MARK: Following other members

    /// Takes the notifications that arrived; only when one announces a revision past ours are the new lines read.
    /// While the connection is down, tries to reconnect when the schedule says so and throws `.unreachable`.
    public func refresh(wait: Bool) throws(StoreError) {
        caughtUp = []
        viewChanged = false
        do {
            let connection = try connected()
            while let notice = try connection.nextNotification(timeout: .zero) {
                if notice.channel == PostgresConnection.journalChannel, let number = Int(notice.payload) {
                    announced = max(announced, number)
                }
            }
            guard announced > revision else { return }
            try connection.transaction(isolation: "ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(PostgresError) in
                try catchUp(connection)
            }
        } catch {
            throw lost(error)
        }
    }

    /// Applies the lines after our revision that the role may see, and moves to the head. Each line's before-state
    /// must match the data, as when a store directory replays its journal; for a province's member a record that has
    /// just come into view has no earlier state here, so its line is taken as it is and the view re-read.
    private func catchUp(_ connection: PostgresConnection) throws(PostgresError) {
        let journal = PostgresJournal(connection)
        var applied: [JournalEntry] = []
        for entry in try journal.entries(after: revision) {
            do {
                try DirectoryStore.apply(entry, to: &data, file: "biopilot.journal", line: entry.revision)
            } catch {
                guard viewIsLimited else { throw PostgresError(.unreadable, error.message(.en)) }
                DirectoryStore.put(entry, into: &data)
                viewChanged = true
            }
            applied.append(entry)
        }
        let head = try journal.head()
        let unseenLines = head.revision - revision > applied.count
        if viewIsLimited, try Self.reconcileView(&data, after: applied, unseenLines: unseenLines, connection) { viewChanged = true }
        caughtUp += applied
        revision = head.revision
        headHash = head.hash
    }

    // MARK: Writing

    /// One transaction: the head row locked (appends queue there), other members' lines since our revision applied,
    /// `build` asked for the changes against that data, each change's before-state checked against the stored
    /// record, the lines and records written, the head moved and listeners notified. A serialisation failure or
    /// deadlock reruns it; a lost connection refuses the edit, changing nothing.
    @discardableResult
    public func commit(user: String, _ build: (PilotData) throws -> Edit) throws -> [JournalEntry] {
        caughtUp = []
        viewChanged = false
        var attempt = 1
        while true {
            do {
                let connection = try connected()
                let journal = PostgresJournal(connection)
                try connection.execute("BEGIN")
                do {
                    let locked = try journal.lockHead()
                    if locked.revision != revision { try catchUp(connection) }
                    let written = try journal.write(user: user, try build(data), after: locked)
                    try connection.execute("COMMIT")
                    for entry in written.entries { DirectoryStore.put(entry, into: &data) }
                    // A province's own edit can take a product out of its view (its last site there moved away).
                    if viewIsLimited, try Self.reconcileView(&data, after: written.entries, unseenLines: false, connection) {
                        viewChanged = true
                    }
                    if let last = written.entries.last {
                        revision = last.revision
                        headHash = written.hash
                    }
                    return written.entries
                } catch {
                    if self.connection != nil { _ = try? connection.execute("ROLLBACK") }
                    throw error
                }
            } catch let error as PostgresError where error.isRetryable && attempt < 5 {
                attempt += 1
            } catch let error as PostgresError {
                throw lost(error)
            } catch let error as StoreError {
                throw error
            }
        }
    }

    /// A record's journal entries, newest first, at most `limit`.
    public func history(of kind: EntityKind, id: String, limit: Int) throws(StoreError) -> [JournalEntry] {
        do { return try PostgresJournal(try connected()).history(of: kind, id: id, limit: limit) } catch { throw lost(error) }
    }

    public func newest(_ limit: Int, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool) throws(StoreError)
        -> [JournalEntry]
    {
        do { return try PostgresJournal(try connected()).newest(limit, filter: filter, matching: matches) } catch { throw lost(error) }
    }

    // MARK: Maintenance

    /// Nothing to rewrite: the records table is the current state, kept by each append.
    public func compact() throws(StoreError) {}
    public func compactIfDue() {}
    public func startCompactionIfDue() {}
    public func finishCompaction(wait: Bool) {}
    public func cancelCompaction() {}

    // MARK: The connection

    /// The open connection, or a new one once a reconnection has been made (listening again and catching up with
    /// what was appended meanwhile); throws `.unreachable` while it is down. A reconnection starts when the schedule
    /// allows and is advanced one step per call without waiting for the server, so a silent server costs the
    /// dashboard no more than a look per tick; it gives up at the connect timeout and the schedule sets the next.
    private func connected() throws(PostgresError) -> PostgresConnection {
        if let connection { return connection }
        guard let fresh = try reconnectionStep() else {
            throw PostgresError(
                .unreachable, "the connection to PostgreSQL at \(location) was lost; reconnecting, no answer from the server yet")
        }
        do {
            fresh.answerTimeout = answerTimeout
            farewell.listen(to: fresh)
            try fresh.listenForAppends()
            connection = fresh
            try fresh.transaction(isolation: "ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(PostgresError) in
                try catchUp(fresh)
            }
        } catch {
            connection = nil
            reconnect.failed()
            throw error
        }
        reconnect.succeeded()
        return fresh
    }

    /// The reconnection's next step: a new attempt when none is under way and the schedule allows one, else the
    /// current one advanced. The connection once made; nil while the server has not answered. An attempt that
    /// failed or timed out moves the schedule on.
    private func reconnectionStep() throws(PostgresError) -> PostgresConnection? {
        if attempt == nil {
            guard let wait = reconnect.waitBeforeAttempt(), wait <= .zero else {
                throw PostgresError(
                    .unreachable,
                    "the connection to PostgreSQL at \(location) was lost; the next attempt to reconnect is in \(reconnect.secondsLeft) s")
            }
        }
        do {
            let attempt: PostgresConnectionAttempt
            if let current = self.attempt { attempt = current } else { attempt = try PostgresConnectionAttempt(conninfo) }
            self.attempt = attempt
            guard let made = try attempt.step() else { return nil }
            self.attempt = nil
            return made
        } catch {
            attempt = nil
            reconnect.failed()
            throw error
        }
    }

    /// The store error for a failure; a lost connection is dropped (and retried on the schedule) and says why the
    /// server ended it if it did, a refused permission is worded in both languages with the provinces first, others
    /// pass.
    private func lost(_ error: PostgresError) -> StoreError {
        var error = error
        if error.kind == .unreachable, connection?.isBroken ?? true {
            if connection != nil {
                reconnect.failed()
                error = farewell.explain(error)
            }
            connection = nil
        }
        if error.isPermissionDenied { return PermissionRefusal.storeError(error, at: location) }
        return error.storeError(at: location)
    }
}
