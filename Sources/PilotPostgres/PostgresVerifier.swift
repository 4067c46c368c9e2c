import PilotCore
import PilotStore

/// `log --verify` on a PostgreSQL store: the journal table walked in revision order a page at a time, each line
/// checked as the directory's verifier checks it (`JournalReplay`: hash, chain, revision, time order, before-states,
/// anchors), then the head row and the records table compared with the replay. Run inside one repeatable-read
/// transaction, so appends meanwhile do not move what is checked.
public enum PostgresVerifier {
    /// Lines per page: a few megabytes in memory however long the journal.
    static let pageSize = 5000

    public static func verify(_ conninfo: String, anchors: [JournalHead]) throws(StoreError) -> JournalAudit.Verdict {
        let connection = try connectToStore(conninfo)
        try database(connection.location) { () throws(PostgresError) in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        }
        defer { _ = try? connection.execute("ROLLBACK") }
        return try verify(connection, anchors: anchors)
    }

    /// Inside the caller's transaction. A problem in the store is the verdict; a failure to read it is thrown.
    static func verify(_ connection: PostgresConnection, anchors: [JournalHead]) throws(StoreError) -> JournalAudit.Verdict {
        let location = connection.location
        let journal = PostgresJournal(connection)
        let head = try database(location) { () throws(PostgresError) in try journal.head() }
        try requireWholeJournal(journal, head: head.revision, location: location)
        var replay: JournalReplay
        do {
            replay = try JournalReplay(file: location + " biopilot.journal", anchors: anchors)
        } catch {
            return .broken(error)
        }
        var after = 0
        while true {
            let page = try database(location) { () throws(PostgresError) in try journal.page(after: after, limit: pageSize) }
            guard let last = page.last else { break }
            do {
                for (_, line) in page { try replay.add(Array(line.utf8)[...]) }
            } catch {
                return .broken(error)
            }
            after = last.revision
        }
        let end: JournalHead
        do {
            end = try replay.finish()
        } catch {
            return .broken(error)
        }
        guard end.revision == head.revision, end.hash == head.hash else {
            return .broken(
                StoreError(
                    .tampered, file: location + " biopilot.head", position: "revision \(head.revision)",
                    Bilingual(
                        zh:
                            "head 行记为修订号 \(head.revision)（哈希 \(head.hash.prefix(16))…），但日志止于修订号 \(end.revision)（哈希 \(end.hash.prefix(16))…）",
                        en:
                            "the head row says revision \(head.revision) (hash \(head.hash.prefix(16))…), but the journal ends at revision \(end.revision) (hash \(end.hash.prefix(16))…)"
                    )))
        }
        if let (kind, id, isStored) = try firstStoredDifference(journal, replayed: replay.data, location: location) {
            return .broken(
                differing(
                    kind, id, isReplayed: replay.data.record(kind, id: id) != nil, isStored: isStored, revision: end.revision,
                    location: location))
        }
        return .intact(entries: replay.lines, head: end)
    }

    /// The first record (by kind, then id) that biopilot.records lacks, holds without a journal entry, or holds
    /// otherwise than replayed; and whether the table holds it. The table is read a page at a time, so only the
    /// replay and one page are decoded at once (reading it whole held every record twice: 0.8 GB at national scale).
    static func firstStoredDifference(_ journal: PostgresJournal, replayed: PilotData, location: String) throws(StoreError)
        -> (EntityKind, String, isStored: Bool)?
    {
        for kind in EntityKind.allCases {
            var differing: [String] = []
            var stored = Set<String>()
            var after = ""
            while let page = try database(
                location, { () throws(PostgresError) in try journal.recordsPage(kind, after: after, limit: pageSize) })
            {
                for id in page.data.ids(kind) {
                    stored.insert(id)
                    if page.data.record(kind, id: id) != replayed.record(kind, id: id) { differing.append(id) }
                }
                after = page.last
            }
            differing += replayed.ids(kind).filter { !stored.contains($0) }
            if let id = differing.min() { return (kind, id, stored.contains(id)) }
        }
        return nil
    }

    /// Verifying (or copying) needs every line; a role that sees only its provinces' would find gaps in the chain.
    static func requireWholeJournal(_ journal: PostgresJournal, head: Int, location: String) throws(StoreError) {
        let (seen, role) = try database(location) { () throws(PostgresError) in
            (try journal.visibleLines(), try journal.connection.currentRole())
        }
        guard seen < head else { return }
        throw StoreError(
            .forbidden, file: location,
            Bilingual(
                zh: "角色 \(role) 只能看到日志 \(head) 行中的 \(seen) 行（其余属于其他省份）；校验或复制整个日志需要能读取每一行的角色：biopilot_national 或该模式的所有者",
                en:
                    "role \(role) sees \(seen) of the journal's \(head) lines (the rest belong to other provinces); verifying or copying the whole journal needs a role that reads every line: biopilot_national or the schema's owner"
            ))
    }

    private static func differing(
        _ kind: EntityKind, _ id: String, isReplayed: Bool, isStored: Bool, revision: Int, location: String
    ) -> StoreError {
        let what: Bilingual
        if !isReplayed {
            what = Bilingual(zh: "在 biopilot.records 中，但没有日志条目创建它", en: "is in biopilot.records but no journal entry created it")
        } else if !isStored {
            what = Bilingual(zh: "日志中有，但 biopilot.records 中缺失", en: "is missing from biopilot.records although the journal has it")
        } else {
            what = Bilingual(zh: "与日志所记不同", en: "differs from what the journal says it is")
        }
        return StoreError(
            .tampered, file: location + " biopilot.records", position: "\(kind.rawValue) \(id)",
            Bilingual(
                zh: "修订号 \(revision) 时\(what.zh)；该表在 biopilot 之外被改动（日志是它应有内容的记录）",
                en: "\(what.en) at revision \(revision); the table was changed outside biopilot (the journal records what it should hold)"))
    }

    /// Runs database work, reporting its failure as the store contract does.
    @discardableResult
    static func database<T>(_ location: String, _ body: () throws(PostgresError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw error.storeError(at: location) }
    }

    /// A connection to a database that holds a biopilot store at this biopilot's schema; failures name the place.
    static func connectToStore(_ conninfo: String) throws(StoreError) -> PostgresConnection {
        let named = (try? PostgresURL.location(conninfo)) ?? "PostgreSQL"
        let connection = try database(named) { () throws(PostgresError) in try PostgresConnection(conninfo) }
        try database(connection.location) { () throws(PostgresError) in
            try PostgresStore.checkSchema(connection, location: connection.location)
        }
        return connection
    }
}
