import PilotCore
import PilotStore

extension PostgresJournal {
    /// The journal's last revision and hash (0 and the genesis hash while empty).
    public func head() throws(PostgresError) -> (revision: Int, hash: String) {
        let result = try connection.execute(PostgresStatements.head)
        guard let revision = result.value(0, "revision").flatMap({ Int($0) }), let hash = result.value(0, "hash") else {
            throw PostgresError(.unreadable, "biopilot.head has no row; run `biopilot pg init` on this database")
        }
        return (revision, hash)
    }

    /// The journal lines after `revision`, oldest first, exactly as stored (without a newline): the bytes the hashes
    /// cover. Lines of products the role may not see are not among them.
    public func lines(after revision: Int) throws(PostgresError) -> [(revision: Int, line: String)] {
        try connection.execute(PostgresStatements.linesAfter, [String(revision)]).rows.map { row in
            (Int(row[0] ?? "") ?? 0, row[1] ?? "")
        }
    }

    /// The entries after `revision`, for catching up with other members' edits.
    public func entries(after revision: Int) throws(PostgresError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for (number, line) in try lines(after: revision) {
            do {
                entries.append(try JournalEntry.decode(line: Array(line.utf8), file: "biopilot.journal", position: "revision \(number)"))
            } catch {
                throw PostgresError(.unreadable, error.message(.en))
            }
        }
        return entries
    }

    /// Every record the role may see, as the data the dashboard and the CLI work on.
    public func records() throws(PostgresError) -> PilotData {
        var data = PilotData()
        for row in try connection.execute(PostgresStatements.allRecords).rows {
            guard let kindName = row[0], let kind = EntityKind(rawValue: kindName), let id = row[1], let json = row[2] else {
                throw PostgresError(.unreadable, "biopilot.records: a row of unknown kind \(row[0] ?? "NULL")")
            }
            data.upsert(try Self.record(kind, id, json))
        }
        return data
    }
}
