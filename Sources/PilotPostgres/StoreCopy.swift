import PilotCore
import PilotStore

/// `biopilot store copy SRC DST`: a store with its whole journal, between a store directory and a PostgreSQL
/// database either way (or between two of a kind). The source must pass `log --verify`; the destination must hold
/// no store. Lines travel byte for byte, so both sides verify to the same head.
public enum StoreCopy {
    public struct Outcome: Sendable, Equatable {
        public let head: JournalHead
        public let lines: Int
    }

    public static func copy(from source: String, to destination: String, lockPolicy: LockPolicy = .standard) throws(StoreError)
        -> Outcome
    {
        // The destination is checked first: a refusal costs nothing of the source.
        if PostgresStore.names(destination) {
            let target = try PostgresTarget(destination)
            let received: Outcome
            if PostgresStore.names(source) {
                let origin = try PostgresSource(source)
                received = try target.receive { append throws(StoreError) in try origin.lines(append) }
                try origin.expect(received)
            } else {
                var verified: (head: JournalHead, lines: Int)?
                received = try target.receive { append throws(StoreError) in
                    verified = try DirectoryCopy.lines(of: source, lockPolicy: lockPolicy, append)
                }
                if let verified { try expect(received, equals: verified.head, source: source) }
            }
            return received
        }
        try DirectoryCopy.checkEmpty(destination)
        let written: (head: JournalHead, lines: Int)
        if PostgresStore.names(source) {
            let origin = try PostgresSource(source)
            written = try DirectoryCopy.write(destination) { append throws(StoreError) in try origin.lines(append) }
            try origin.expect(Outcome(head: written.head, lines: written.lines))
        } else {
            var verified: JournalHead?
            written = try DirectoryCopy.write(destination) { append throws(StoreError) in
                verified = try DirectoryCopy.lines(of: source, lockPolicy: lockPolicy, append).head
            }
            if let verified { try expect(Outcome(head: written.head, lines: written.lines), equals: verified, source: source) }
        }
        return Outcome(head: written.head, lines: written.lines)
    }

    /// The copy ends where the verified source does (else something moved underneath, and it is said).
    static func expect(_ received: Outcome, equals head: JournalHead, source: String) throws(StoreError) {
        guard received.head != head else { return }
        throw StoreError(
            .io, file: nil,
            "the copy ends at \(received.head) but \(source) verified to \(head); the copy is incomplete, remove it and copy again")
    }
}

/// A PostgreSQL store being copied from: verified first, then read a page at a time, both in one repeatable-read
/// transaction so appends meanwhile change neither.
final class PostgresSource {
    let connection: PostgresConnection
    let location: String
    let head: JournalHead

    init(_ conninfo: String) throws(StoreError) {
        connection = try PostgresVerifier.connectToStore(conninfo)
        location = connection.location
        let connection = connection
        try PostgresVerifier.database(location) { () throws(PostgresError) in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        }
        switch try PostgresVerifier.verify(connection, anchors: []) {
        case .intact(_, let head): self.head = head
        case .broken(let problem): throw DirectoryCopy.refusedSource(problem, at: location)
        }
    }

    deinit { _ = try? connection.execute("ROLLBACK") }

    /// Every line, oldest first, without a newline.
    func lines(_ body: (ArraySlice<UInt8>) throws(StoreError) -> Void) throws(StoreError) {
        let journal = PostgresJournal(connection)
        var after = 0
        while true {
            let page = try PostgresVerifier.database(location) { () throws(PostgresError) in
                try journal.page(after: after, limit: PostgresVerifier.pageSize)
            }
            guard let last = page.last else { return }
            for (_, line) in page { try body(Array(line.utf8)[...]) }
            after = last.revision
        }
    }

    func expect(_ received: StoreCopy.Outcome) throws(StoreError) {
        try StoreCopy.expect(received, equals: head, source: location)
    }
}

/// A PostgreSQL database being copied into: it must have biopilot's schema, hold no store, and be written by the
/// schema's owner (only it may append lines that name other accounts: migration 4). The lines go in with one COPY
/// into a temporary table, then `biopilot.replay_copied_lines()` replays them as appends would have, in the same
/// transaction: the copy is all there or not at all.
final class PostgresTarget {
    let connection: PostgresConnection
    let location: String

    init(_ conninfo: String) throws(StoreError) {
        connection = try PostgresVerifier.connectToStore(conninfo)
        location = connection.location
        let connection = connection
        let state = try PostgresVerifier.database(location) { () throws(PostgresError) in try connection.execute(Self.state) }
        if state.value(0, "owner") != "t" {
            throw StoreError(
                .forbidden, file: location,
                Bilingual(
                    zh: "复制到 PostgreSQL 需要 biopilot 模式的所有者（运行 `biopilot pg init` 的角色）；\(state.value(0, "role") ?? "?") 不是",
                    en:
                        "copying into PostgreSQL needs the owner of the biopilot schema (the role that ran `biopilot pg init`); \(state.value(0, "role") ?? "?") is not"
                ))
        }
        if state.value(0, "revision") != "0" || state.value(0, "lines") == "t" || state.value(0, "records") == "t" {
            throw StoreError(
                .invalidEdit, file: location,
                Bilingual(
                    zh: "目标已有数据库（日志到修订号 \(state.value(0, "revision") ?? "?")）；biopilot 只复制到空的数据库，从不覆盖审计日志",
                    en:
                        "the destination already holds a store (journal at revision \(state.value(0, "revision") ?? "?")); biopilot copies only into an empty one, never over an audit trail"
                ))
        }
    }

    private static let state = """
        SELECT current_user AS role,
               pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'biopilot.journal'::regclass), 'MEMBER') AS owner,
               (SELECT revision FROM biopilot.head) AS revision,
               EXISTS (SELECT 1 FROM biopilot.journal) AS lines, EXISTS (SELECT 1 FROM biopilot.records) AS records
        """

    /// Stages the lines `fill` hands to its sink and replays them, all in one transaction.
    func receive(_ fill: (_ append: (ArraySlice<UInt8>) throws(StoreError) -> Void) throws(StoreError) -> Void) throws(StoreError)
        -> StoreCopy.Outcome
    {
        let connection = connection
        let copy = try PostgresVerifier.database(location) { () throws(PostgresError) in
            try connection.execute("BEGIN")
            try connection.execute("CREATE TEMPORARY TABLE copied_lines (revision bigint NOT NULL, line text NOT NULL) ON COMMIT DROP")
            return try connection.copyIn("COPY copied_lines (revision, line) FROM STDIN")
        }
        do throws(StoreError) {
            var count = 0
            try fill { line throws(StoreError) in
                count += 1
                try PostgresVerifier.database(location) { () throws(PostgresError) in
                    try copy.row([Array(String(count).utf8)[...], line])
                }
            }
            try PostgresVerifier.database(location) { () throws(PostgresError) in
                try copy.finish()
                try connection.execute("SELECT biopilot.replay_copied_lines()")
                try connection.execute("COMMIT")
                // Planner statistics for the rows just loaded, now rather than when autovacuum gets to them, on the
                // server the first members are already working on (as after any bulk load).
                try connection.execute("ANALYZE biopilot.journal, biopilot.records")
            }
            let head = try PostgresVerifier.database(location) { () throws(PostgresError) in try PostgresJournal(connection).head() }
            return StoreCopy.Outcome(head: JournalHead(revision: head.revision, hash: head.hash), lines: count)
        } catch {
            copy.abandon(error.message(.en))
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }
}
