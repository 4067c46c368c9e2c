#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PilotCore

/// A biopilot store directory: `store.json` (snapshot) + `journal.jsonl` (append-only, hash-chained) + `store.lock`.
///
/// Opening reads the snapshot and replays the journal lines after it. An edit is one journal append under an
/// exclusive `flock`, after first applying what other writers appended, so no update is lost.
public final class Store {
    public let files: StoreFiles
    public private(set) var data: PilotData
    public private(set) var revision: Int
    /// Things the user should know that did not stop the store from opening (a torn last line set aside).
    public private(set) var notices: [String] = []

    private var journalOffset: Int
    private var journalLineCount: Int
    private var headHash: String
    private var snapshotRevision: Int
    private let migrator: SchemaMigrator

    /// Journal lines after the snapshot beyond which a commit also rewrites the snapshot, to keep opening fast.
    public var compactionThreshold = 1000

    public static var currentSchemaVersion: Int { SchemaMigrator.standard.current }

    private init(files: StoreFiles, snapshot: Snapshot, migrator: SchemaMigrator) {
        self.files = files
        self.data = snapshot.data
        self.revision = snapshot.revision
        self.snapshotRevision = snapshot.revision
        self.journalOffset = snapshot.journalBytes
        self.journalLineCount = snapshot.journalLines
        self.headHash = snapshot.journalHead.isEmpty ? JournalEntry.genesisHash : snapshot.journalHead
        self.migrator = migrator
    }

    // MARK: Opening

    public static func open(_ directory: String, migrator: SchemaMigrator = .standard) throws(StoreError) -> Store {
        let files = StoreFiles(directory: directory)
        guard FileIO.isDirectory(files.directory) else {
            throw StoreError(.missing, file: files.directory, "no such store directory (create one with `biopilot demo \(files.directory)`)")
        }
        var snapshot: Snapshot
        do {
            let lock = try FileLock(path: files.lock, exclusive: false)
            snapshot = try readSnapshot(files, migrator: migrator)
            withExtendedLifetime(lock) {}
        } catch let error where error.kind == .unreadable && error.reason.hasPrefix(SchemaMigrator.olderMarker) {
            // An older schema: migrate under the exclusive lock, after a byte-exact backup.
            let lock = try FileLock(path: files.lock, exclusive: true)
            try migrator.migrate(files)
            snapshot = try readSnapshot(files, migrator: migrator)
            withExtendedLifetime(lock) {}
        }
        let store = Store(files: files, snapshot: snapshot, migrator: migrator)
        let lock = try FileLock(path: files.lock, exclusive: false)
        try store.catchUp(repairTornTail: false)
        withExtendedLifetime(lock) {}
        return store
    }

    static func readSnapshot(_ files: StoreFiles, migrator: SchemaMigrator) throws(StoreError) -> Snapshot {
        guard let bytes = try FileIO.read(files.snapshot) else {
            throw StoreError(.missing, file: files.snapshot, "the store has no store.json (create one with `biopilot demo \(files.directory)`)")
        }
        try migrator.checkVersion(bytes, file: files.snapshot)
        return try JSONReading.decode(Snapshot.self, from: bytes, file: files.snapshot)
    }

    /// Reads and applies journal lines appended since this store last looked (by this or another process).
    private func catchUp(repairTornTail: Bool) throws(StoreError) {
        let fd = Glibc.open(files.journal, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT && journalOffset == 0 { return }
            throw FileIO.errno("open", files.journal)
        }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size >= journalOffset else {
            throw StoreError(.unreadable, file: files.journal, position: "byte \(size)",
                             "the journal is shorter than the \(journalOffset) bytes already applied; it was truncated or replaced")
        }
        let bytes = try FileIO.readAll(fd, from: journalOffset, path: files.journal)
        let scan = try JournalReader.scan(bytes, firstLine: journalLineCount + 1, previousHash: headHash,
                                          previousRevision: revision, file: files.journal)
        var next = data
        for line in scan.lines {
            try Store.apply(line.entry, to: &next, file: files.journal, line: line.number)
        }
        data = next
        if let last = scan.lines.last {
            revision = last.entry.revision
            headHash = last.hash
        }
        journalLineCount += scan.lines.count
        journalOffset += scan.completeBytes
        if scan.tornBytes > 0 {
            try setAsideTornTail(bytes: Array(bytes[scan.completeBytes...]), repair: repairTornTail)
        }
    }

    /// A crash mid-append leaves bytes after the last newline. They are never applied. A writer (holding the
    /// exclusive lock, so no append is in flight) copies them to a side file and cuts the journal back.
    private func setAsideTornTail(bytes: [UInt8], repair: Bool) throws(StoreError) {
        guard repair else {
            let notice = "\(files.journal): an incomplete last line (\(bytes.count) bytes, after revision \(revision)) was not applied; the next edit sets it aside"
            if !notices.contains(notice) { notices.append(notice) }
            return
        }
        let stamp = Store.timestamp().replacingOccurrences(of: ":", with: "")
        let side = "\(files.journal).torn-\(stamp)"
        try FileIO.replace(side, with: bytes)
        try FileIO.truncate(files.journal, to: journalOffset)
        notices.append("\(files.journal): an incomplete last line (\(bytes.count) bytes) from an interrupted write was moved to \(side)")
    }

    static func apply(_ entry: JournalEntry, to data: inout PilotData, file: String, line: Int) throws(StoreError) {
        let current = data.record(entry.entity, id: entry.id)
        let position = "line \(line) (revision \(entry.revision))"
        guard current == entry.before else {
            throw StoreError(.unreadable, file: file, position: position,
                             "\(entry.entity.rawValue) \(entry.id) does not match the entry's before-state; the store and journal disagree")
        }
        switch entry.after {
        case let record?:
            guard record.kind == entry.entity, record.id == entry.id else {
                throw StoreError(.unreadable, file: file, position: position, "the entry's after-state is a different record")
            }
            data.upsert(record)
        case nil:
            data.remove(entry.entity, id: entry.id)
        }
    }

    /// Picks up other writers' edits (the dashboard calls this while it runs).
    public func refresh() throws(StoreError) {
        let lock = try FileLock(path: files.lock, exclusive: false)
        try catchUp(repairTornTail: false)
        withExtendedLifetime(lock) {}
    }

    // MARK: Writing

    /// Applies one edit: under the exclusive lock, catches up with other writers, asks `build` for the changes
    /// against the current data, checks each change's before-state, appends one line per change and fsyncs.
    /// Returns the entries written.
    @discardableResult
    public func commit(user: String, reason: String? = nil, conflicts: [String]? = nil,
                       _ build: (PilotData) throws -> [Change]) throws -> [JournalEntry] {
        try commit(user: user) { data in Edit(changes: try build(data), reason: reason, conflicts: conflicts) }
    }

    /// As `commit(user:reason:conflicts:_:)`, for edits whose reason or accepted conflicts are only known
    /// once the current data has been seen (a schedule check made under the lock).
    @discardableResult
    public func commit(user: String, _ build: (PilotData) throws -> Edit) throws -> [JournalEntry] {
        let lock = try FileLock(path: files.lock, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        try catchUp(repairTornTail: true)
        let edit = try build(data)
        let changes = edit.changes
        let reason = edit.reason
        let conflicts = edit.conflicts
        guard !changes.isEmpty else { return [] }

        var next = data
        var entries: [JournalEntry] = []
        var bytes: [UInt8] = []
        var hash = headHash
        let time = Store.timestamp()
        for (i, change) in changes.enumerated() {
            let current = next.record(change.kind, id: change.id)
            guard current == change.before else {
                if change.before == nil {
                    throw StoreError(.invalidEdit, file: nil, "\(change.kind.rawValue) \(change.id) already exists")
                }
                if current == nil {
                    throw StoreError(.conflict, file: nil, "\(change.kind.rawValue) \(change.id) no longer exists; another user deleted it")
                }
                throw StoreError(.conflict, file: nil, "\(change.kind.rawValue) \(change.id) was changed by another user; reload and edit again")
            }
            let entry = JournalEntry(revision: revision + i + 1, time: time, user: user, action: change.action,
                                     entity: change.kind, id: change.id, before: change.before, after: change.after,
                                     reason: reason, conflicts: conflicts, previousHash: hash)
            let (line, lineHash) = try JournalLine.encode(entry)
            try Store.apply(entry, to: &next, file: files.journal, line: journalLineCount + i + 1)
            bytes += line
            hash = lineHash
            entries.append(entry)
        }
        try FileIO.append(files.journal, bytes)
        data = next
        revision += entries.count
        headHash = hash
        journalOffset += bytes.count
        journalLineCount += entries.count
        if revision - snapshotRevision >= compactionThreshold {
            try writeSnapshot()
        }
        return entries
    }

    /// Rewrites `store.json` at the current revision (durable replace); the journal is kept whole.
    public func compact() throws(StoreError) {
        let lock = try FileLock(path: files.lock, exclusive: true)
        try catchUp(repairTornTail: true)
        try writeSnapshot()
        withExtendedLifetime(lock) {}
    }

    private func writeSnapshot() throws(StoreError) {
        let snapshot = Snapshot(schemaVersion: migrator.current, revision: revision, journalBytes: journalOffset,
                                journalLines: journalLineCount, journalHead: revision == 0 ? "" : headHash, data: data)
        try FileIO.replace(files.snapshot, with: try snapshot.encoded())
        snapshotRevision = revision
    }

    /// Creates a new store in `directory` (which must hold no store) and records every record of `data`
    /// in the journal as created by `user`, so the audit trail starts at the first record.
    public static func create(_ directory: String, data initial: PilotData, user: String, reason: String) throws -> Store {
        let files = StoreFiles(directory: directory)
        try FileIO.makeDirectory(files.directory)
        guard !FileIO.exists(files.snapshot) else {
            throw StoreError(.invalidEdit, file: files.snapshot, "a store already exists here")
        }
        let empty = Snapshot(schemaVersion: SchemaMigrator.standard.current, revision: 0, journalBytes: 0,
                             journalLines: 0, journalHead: "", data: PilotData())
        try FileIO.replace(files.journal, with: [])
        try FileIO.replace(files.snapshot, with: try empty.encoded())
        let store = try Store.open(directory)
        try store.commit(user: user, reason: reason) { _ in
            initial.enterprises.map { .create(.enterprise($0)) }
                + initial.sites.map { .create(.site($0)) }
                + initial.products.map { .create(.product($0)) }
                + initial.residentStaff.map { .create(.staff($0)) }
                + initial.inspectors.map { .create(.inspector($0)) }
                + initial.inspections.map { .create(.inspection($0)) }
                + initial.samplings.map { .create(.sampling($0)) }
        }
        try store.compact()
        return store
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
