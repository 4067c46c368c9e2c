import PilotCore
import PilotStore

/// What `biopilot log` and `log --head` read of a PostgreSQL store: the journal's end, without reading every record
/// as opening the store does (seconds on a national store, for an answer of a few lines).
public enum PostgresLog {
    /// The journal's last revision and hash (`REV:HASH`, what `--anchor` takes back).
    public static func head(_ conninfo: String) throws(StoreError) -> JournalHead {
        let journal = try open(conninfo)
        let head = try PostgresVerifier.database(journal.connection.location) { () throws(PostgresError) in try journal.head() }
        return JournalHead(revision: head.revision, hash: head.hash)
    }

    /// The newest `limit` entries `matches` accepts, newest first (as `Store.newest`).
    public static func newest(
        _ conninfo: String, _ limit: Int, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool
    ) throws(StoreError) -> [JournalEntry] {
        let journal = try open(conninfo)
        return try PostgresVerifier.database(journal.connection.location) { () throws(PostgresError) in
            try journal.newest(limit, filter: filter, matching: matches)
        }
    }

    private static func open(_ conninfo: String) throws(StoreError) -> PostgresJournal {
        PostgresJournal(try PostgresVerifier.connectToStore(conninfo))
    }
}
