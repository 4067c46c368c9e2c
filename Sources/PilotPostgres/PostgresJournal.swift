import PilotCore
import PilotStore

/// The journal and current records of a PostgreSQL store, over one connection. Lines are made by the directory
/// store's own code (`JournalLine`), chained to the head's hash, so `log --verify` and anchors read them identically.
public struct PostgresJournal {
    public let connection: PostgresConnection

    public init(_ connection: PostgresConnection) {
        self.connection = connection
    }

    /// The head as locked by an append's transaction, with the acting role and the database's clock.
    public struct LockedHead {
        public let revision: Int
        public let hash: String
        let role: String
        let time: String
    }

    /// Appends one edit in one transaction: takes the head row's lock (appends queue there, so revisions have no
    /// gaps), then `write`s. A serialisation failure or deadlock reruns the whole transaction, up to `attempts` times.
    @discardableResult
    public func append(user: String, _ edit: Edit, attempts: Int = 5) throws(PostgresError) -> [JournalEntry] {
        var attempt = 1
        while true {
            do {
                return try connection.transaction { () throws(PostgresError) in
                    try write(user: user, edit, after: try lockHead()).entries
                }
            } catch  where error.isRetryable && attempt < attempts {
                attempt += 1
            }
        }
    }

    /// Locks the head row until the transaction ends: the first step of every append.
    public func lockHead() throws(PostgresError) -> LockedHead {
        let head = try connection.execute(PostgresStatements.lockHead)
        guard let revisionText = head.value(0, "revision"), let revision = Int(revisionText),
            let hash = head.value(0, "hash"), let role = head.value(0, "role"), let time = head.value(0, "time")
        else { throw PostgresError(.unreadable, "biopilot.head has no row; run `biopilot pg init` on this database") }
        return LockedHead(revision: revision, hash: hash, role: role, time: time)
    }

    /// Inside an append's transaction, after `lockHead`: checks each change's `before` against the stored record,
    /// inserts one journal line per change, updates the records and the head, and notifies listeners. The acting
    /// account is the database's `current_user`. A change that changes nothing is not an edit.
    public func write(user: String, _ edit: Edit, after head: LockedHead) throws(PostgresError) -> (entries: [JournalEntry], hash: String) {
        let changes = edit.changes.filter { $0.before != $0.after }
        guard !changes.isEmpty else { return ([], head.hash) }
        var revision = head.revision
        var hash = head.hash
        // What this edit's earlier changes made of a record (nil inside: deleted), as in the directory store.
        var staged: [EntityKind: [String: AnyRecord?]] = [:]
        var entries: [JournalEntry] = []
        for change in changes {
            let current: AnyRecord?
            if let earlier = staged[change.kind]?[change.id] { current = earlier } else { current = try stored(change.kind, change.id) }
            guard current == change.before else { throw try refusal(change, current: current) }
            revision += 1
            let entry = JournalEntry(
                revision: revision, time: head.time, user: user, account: head.role, uid: nil, action: change.action,
                entity: change.kind, id: change.id, before: change.before, after: change.after, reason: edit.reason,
                conflicts: edit.conflicts, previousHash: hash)
            let encoded: (line: [UInt8], hash: String)
            do { encoded = try JournalLine.encode(entry) } catch { throw PostgresError(.unreadable, error.message(.en)) }
            let line = String(decoding: encoded.line.dropLast(), as: UTF8.self)
            try connection.execute(PostgresStatements.insertLine, [encoded.hash, line])
            let key = [change.kind.rawValue, change.id]
            switch (change.before, change.after) {
            case (nil, _): try connection.execute(PostgresStatements.insertRecord, key + [line])
            case (_, nil): try connection.execute(PostgresStatements.deleteRecord, key)
            default: try connection.execute(PostgresStatements.updateRecord, key + [line])
            }
            staged[change.kind, default: [:]][change.id] = .some(change.after)
            hash = encoded.hash
            entries.append(entry)
        }
        try connection.execute(PostgresStatements.updateHead, [String(revision), hash])
        try connection.execute(PostgresStatements.notify, [PostgresConnection.journalChannel, String(revision)])
        return (entries, hash)
    }

    /// The record as stored now, or nil; a row the role may not see reads as nil.
    func stored(_ kind: EntityKind, _ id: String) throws(PostgresError) -> AnyRecord? {
        let result = try connection.execute(PostgresStatements.selectRecord, [kind.rawValue, id])
        guard let text = result.rows.first?[0] else { return nil }
        return try Self.record(kind, id, text)
    }

    /// Why a change's `before` does not match the stored record: the directory store's lost-update refusals, in the
    /// same words (both languages, "alice (revision 130, 2026-11-26T02:03:04Z)" for who changed it last).
    private func refusal(_ change: Change, current: AnyRecord?) throws(PostgresError) -> PostgresError {
        let name = "\(change.kind.rawValue) \(change.id)"
        if change.before == nil { return PostgresError(.invalidEdit, Bilingual(zh: "\(name) 已存在", en: "\(name) already exists")) }
        let last = try connection.execute(PostgresStatements.lastChange, [change.kind.rawValue, change.id])
        let by =
            last.rows.isEmpty
            ? nil
            : "\(last.value(0, "display_name") ?? "?") (revision \(last.value(0, "revision") ?? "?"), \(last.value(0, "time") ?? "?"))"
        if current == nil && by == nil {
            return PostgresError(
                .invalidEdit, Bilingual(zh: "找不到 \(name)（或此角色无权查看）", en: "\(name) not found (or not visible to this role)"))
        }
        if current == nil {
            return PostgresError(
                .conflict,
                Bilingual(
                    zh: "\(name) 已不存在：\(by ?? "另一位成员")已将其删除", en: "\(name) no longer exists; \(by ?? "another user") deleted it"))
        }
        return PostgresError(
            .conflict,
            Bilingual(
                zh: "\(name) 在你打开后已被\(by ?? "另一位成员")修改", en: "\(name) was changed by \(by ?? "another user") since you opened it"))
    }

    static func record(_ kind: EntityKind, _ id: String, _ json: String) throws(PostgresError) -> AnyRecord {
        do {
            return try AnyRecord.decode(kind, from: Array(json.utf8), file: "biopilot.records", position: "\(kind.rawValue) \(id)")
        } catch {
            throw PostgresError(.unreadable, error.message(.en))
        }
    }
}
