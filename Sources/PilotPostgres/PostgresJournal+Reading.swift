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

    /// At most `limit` lines after `revision`, oldest first, exactly as stored: one page of a walk through the
    /// whole journal that keeps only a page in memory.
    public func page(after revision: Int, limit: Int) throws(PostgresError) -> [(revision: Int, line: String)] {
        try connection.execute(PostgresStatements.linesPage, [String(revision), String(limit)]).rows.map { row in
            (Int(row[0] ?? "") ?? 0, row[1] ?? "")
        }
    }

    /// How many lines the role sees: fewer than the head's revision when a province's policy hides some.
    public func visibleLines() throws(PostgresError) -> Int {
        Int(try connection.execute(PostgresStatements.visibleLines).value(0, "lines") ?? "") ?? 0
    }

    /// The entries after `revision`, for catching up with other members' edits.
    public func entries(after revision: Int) throws(PostgresError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for (number, line) in try lines(after: revision) { entries.append(try Self.entry(Array(line.utf8), revision: String(number))) }
        return entries
    }

    /// Every record the role may see, as the data the dashboard and the CLI work on: each table fetched as one JSON
    /// array in the order its records were created (a store directory's order). Each table is decoded on another core
    /// while the server builds the next one, the largest first, so the decoding hides behind the server's work.
    public func records() throws(PostgresError) -> PilotData {
        let kinds: [EntityKind] = [.sampling, .inspection] + EntityKind.allCases.filter { $0 != .sampling && $0 != .inspection }
        var decoding: [(kind: EntityKind, table: BackgroundValue<Result<PilotData, StoreError>>)] = []
        for kind in kinds {
            let array = try connection.jsonArrayInCreationOrder(PostgresStatements.tableInOrder, [kind.rawValue])
            decoding.append(
                (
                    kind,
                    BackgroundValue {
                        var table = PilotData()
                        do throws(StoreError) {
                            try table.replaceTable(kind, array: array, file: "biopilot.records")
                        } catch { return .failure(error) }
                        return .success(table)
                    }
                ))
        }
        var data = PilotData()
        for (kind, table) in decoding {
            switch table.take() {
            case .success(let decoded): data.adoptTable(kind, from: decoded)
            case .failure(let error): throw PostgresError(.unreadable, error.message(.en))
            }
        }
        return data
    }

    /// At most `limit` records of one kind with ids after `id`, in id order, and the last of their ids; nil past the
    /// end. A walk through a table that decodes only a page of it at a time.
    public func recordsPage(_ kind: EntityKind, after id: String, limit: Int) throws(PostgresError) -> (data: PilotData, last: String)? {
        let result = try connection.execute(PostgresStatements.recordsPage, [kind.rawValue, id, String(limit)])
        guard let last = result.value(0, "last") else { return nil }
        var data = PilotData()
        do {
            try data.replaceTable(kind, array: Array((result.value(0, "page") ?? "[]").utf8), file: "biopilot.records")
        } catch {
            throw PostgresError(.unreadable, error.message(.en))
        }
        return (data, last)
    }

    /// A record's entries, newest first, at most `limit`.
    public func history(of kind: EntityKind, id: String, limit: Int) throws(PostgresError) -> [JournalEntry] {
        try decoded(connection.execute(PostgresStatements.recordHistory, [kind.rawValue, id, String(limit)]).rows)
    }

    /// The newest `limit` entries `matches` accepts, newest first, read backwards a page at a time; a line `filter`
    /// rejects from its text is never decoded.
    public func newest(_ limit: Int, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool) throws(PostgresError)
        -> [JournalEntry]
    {
        var found: [JournalEntry] = []
        var below = Int.max
        var page = max(1, min(limit, 500))
        while found.count < limit {
            let rows = try connection.execute(PostgresStatements.linesBefore, [String(below), String(page)]).rows
            guard let last = rows.last else { break }
            for row in rows {
                let line = Array((row[1] ?? "").utf8)
                guard filter.admits(line[...]) else { continue }
                let entry = try Self.entry(line, revision: row[0] ?? "?")
                if matches(entry) {
                    found.append(entry)
                    if found.count >= limit { break }
                }
            }
            below = Int(last[0] ?? "") ?? 0
            page = 500
        }
        return found
    }

    private func decoded(_ rows: [[String?]]) throws(PostgresError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for row in rows { entries.append(try Self.entry(Array((row[1] ?? "").utf8), revision: row[0] ?? "?")) }
        return entries
    }

    static func entry(_ line: [UInt8], revision: String) throws(PostgresError) -> JournalEntry {
        do {
            return try JournalEntry.decode(line: line, file: "biopilot.journal", position: "revision \(revision)")
        } catch {
            throw PostgresError(.unreadable, error.message(.en))
        }
    }
}
