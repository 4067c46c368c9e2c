import Foundation
import Glibc
import PilotCore

/// A biopilot store directory: `store.json` (snapshot) + `journal.jsonl` (append-only, hash-chained) + `store.lock`.
///
/// Opening reads the snapshot and replays the journal lines after it. An edit is one journal append under an
/// exclusive `flock`, after first applying what other writers appended, so no update is lost.
public final class DirectoryStore: Store {
    public let files: StoreFiles
    public private(set) var data: PilotData
    public private(set) var revision: Int
    /// Things the user should know that did not stop the store from opening (a torn last line set aside).
    public private(set) var notices: [String] = []
    /// Set when the journal's chain is broken or disagrees with store.json: the store opened read-only and every
    /// edit is refused with this reason until `biopilot doctor --repair`. Waits for a check left for after opening.
    public var damage: StoreError? {
        settleHistory(waiting: true)
        return knownDamage
    }
    private var knownDamage: StoreError?
    /// The journal's check up to store.json when opening left it for later (`HistoryCheck.afterOpening`).
    private var laterHistory: LaterHistoryCheck?
    /// The entries the last look at the journal applied (other writers' edits, by `refresh`, a commit or a
    /// compaction), so a dashboard can follow them record by record instead of rebuilding everything.
    public private(set) var caughtUp: [JournalEntry] = []
    public var location: String { files.directory }
    /// Every member sees the whole directory: only lines change what is seen.
    public var viewChanged: Bool { false }
    /// A look reads the journal (under a shared lock): the dashboard looks once a second of quiet.
    public var isNotified: Bool { false }
    /// How long to wait for another process's lock, and whom to tell.
    public var lockPolicy: LockPolicy
    /// Receives notices raised after opening (an edit saved but not compacted, a torn tail set aside), as they
    /// happen; without one they are kept in `notices`.
    public var onNotice: ((String) -> Void)?

    private var journalOffset: Int
    /// Where each record's lines after the snapshot are (read or written by this store), for `history(of:id:)`.
    private var history = RecordHistoryIndex()
    /// The same for the lines up to the snapshot, built the first time a record's history is asked for: most
    /// commands never ask, and indexing every line cost as much as checking the chain.
    private var snapshotHistory: RecordHistoryIndex?
    /// Where the snapshot's lines end in the journal (`snapshotHistory` covers the bytes before it).
    private let snapshotJournalBytes: Int
    /// The last line applied had lost its newline (restored by the next writer, so skip it when it appears).
    private var awaitingNewline = false
    private var journalLineCount: Int
    private var headHash: String
    private var snapshotRevision: Int
    /// The revision at which a rewrite of store.json last failed: the quiet loop tries again only once the
    /// journal has moved on, not every second (on a national store each attempt costs seconds).
    private var compactionFailedAt: Int?
    /// The snapshot rewrite running on another thread (`startCompactionIfDue`), until `finishCompaction` takes it.
    private var backgroundCompaction: BackgroundCompaction?
    private let migrator: SchemaMigrator

    /// Journal lines after the snapshot from which `compactIfDue` rewrites it, to keep opening fast.
    public var compactionThreshold = 1000

    public static var currentSchemaVersion: Int { SchemaMigrator.standard.current }

    /// The journal's last line: what reports and exports were made from, and what `log --verify --anchor` checks.
    public var head: JournalHead { JournalHead(revision: revision, hash: revision == 0 ? JournalEntry.genesisHash : headHash) }

    private init(files: StoreFiles, snapshot: Snapshot, migrator: SchemaMigrator, lockPolicy: LockPolicy) {
        self.files = files
        self.data = snapshot.data
        self.revision = snapshot.revision
        self.snapshotRevision = snapshot.revision
        self.journalOffset = snapshot.journalBytes
        self.snapshotJournalBytes = snapshot.journalBytes
        self.journalLineCount = snapshot.journalLines
        self.headHash = snapshot.journalHead.isEmpty ? JournalEntry.genesisHash : snapshot.journalHead
        self.migrator = migrator
        self.lockPolicy = lockPolicy
    }

    // MARK: Opening

    /// When opening checks the journal's chain up to store.json.
    public enum HistoryCheck: Sendable {
        /// Before `open` returns, beside the snapshot's decoding: every command line.
        case beforeReturning
        /// Once `startHistoryCheck` asks (a dashboard, after its first frame), or `damage` is read, or anything is
        /// about to be written, whichever comes first; until the verdict is in, the store shows what store.json and
        /// the lines after it say.
        case afterOpening
    }

    public static func open(
        _ directory: String, migrator: SchemaMigrator = .standard,
        lockPolicy: LockPolicy = .standard, history: HistoryCheck = .beforeReturning
    ) throws(StoreError) -> DirectoryStore {
        let files = StoreFiles(directory: directory)
        guard FileIO.isDirectory(files.directory) else {
            throw StoreError(
                .missing, file: files.directory,
                Bilingual(
                    zh: "没有这个存储目录（用 `biopilot init \(files.directory)` 创建一个）",
                    en: "no such store directory (create one with `biopilot init \(files.directory)`)"))
        }
        do {
            return try openShared(files, migrator: migrator, lockPolicy: lockPolicy, history: history)
        } catch let error where error.kind == .unreadable && error.reason.hasPrefix(SchemaMigrator.olderMarker) {
            // An older schema: migrate under the exclusive lock, after a byte-exact backup.
            let lock = try FileLock(path: files.lock, exclusive: true, policy: lockPolicy)
            try migrator.migrate(files)
            withExtendedLifetime(lock) {}
        }
        return try openShared(files, migrator: migrator, lockPolicy: lockPolicy, history: history)
    }

    /// Reads the snapshot, checks the journal's chain and applies the lines after the snapshot, all under one
    /// shared lock, so no writer or repair moves the journal in between. A check left for later reads only the
    /// journal's bytes up to store.json, which nothing but tampering or a repair changes: either makes it fail.
    private static func openShared(_ files: StoreFiles, migrator: SchemaMigrator, lockPolicy: LockPolicy, history: HistoryCheck)
        throws(StoreError) -> DirectoryStore
    {
        let lock = try FileLock(path: files.lock, exclusive: false, policy: lockPolicy)
        defer { withExtendedLifetime(lock) {} }
        // The chain is walked on another thread while store.json decodes; its verdict is in before `open` returns
        // (unless `history` leaves the walk for later).
        let journal = history == .afterOpening ? -1 : Glibc.open(files.journal, O_RDONLY | O_CLOEXEC)
        let chain = journal < 0 ? nil : BackgroundChainCheck(fd: journal, path: files.journal)
        defer { chain?.cancel() }
        let snapshot = try readSnapshot(files, migrator: migrator)
        let store = DirectoryStore(files: files, snapshot: snapshot, migrator: migrator, lockPolicy: lockPolicy)
        try store.checkHistory(snapshot, chain, later: history == .afterOpening)
        try store.catchUp(repairTornTail: false)
        return store
    }

    static func readSnapshot(_ files: StoreFiles, migrator: SchemaMigrator) throws(StoreError) -> Snapshot {
        // Mapped, not read: store.json is only ever replaced by rename, never rewritten in place (`MappedFile`).
        guard let bytes = try FileIO.readMapped(files.snapshot) else {
            if FileIO.exists(files.journal) {
                throw StoreError(
                    .missing, file: files.snapshot,
                    Bilingual(
                        zh: "存储缺少 store.json，但日志还在：用 `biopilot doctor --repair --store \(files.directory)` 从日志重建 store.json",
                        en:
                            "the store has no store.json, but its journal is here: rebuild store.json from the journal with `biopilot doctor --repair --store \(files.directory)`"
                    ))
            }
            throw StoreError(
                .missing, file: files.snapshot,
                Bilingual(
                    zh: "此处没有存储（用 `biopilot init \(files.directory)` 创建一个空存储）",
                    en: "no store here (create an empty one with `biopilot init \(files.directory)`)"))
        }
        let check: Snapshot.VersionCheck = { version throws(StoreError) in try migrator.checkVersion(version, file: files.snapshot) }
        let snapshot = try JSONReading.decode(
            Snapshot.self, from: bytes, file: files.snapshot, userInfo: [Snapshot.versionCheckKey: check], prefetch: Snapshot.prefetch)
        if bytes.count >= BackgroundRelease.minimumBytes { BackgroundRelease.release(consume bytes) }
        try snapshot.checkRanges(file: files.snapshot)
        return snapshot
    }

    /// The journal for reading; nil for a new store that has none yet.
    private func openJournal() throws(StoreError) -> Int32? {
        let fd = Glibc.open(files.journal, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT && journalOffset == 0 { return nil }
            throw FileIO.errno("open", files.journal)
        }
        return fd
    }

    /// The journal up to the snapshot is checked link by link (hashes only, no decoding), so a line altered,
    /// removed or reordered anywhere makes the store read-only instead of being written on.
    private func checkHistory(_ snapshot: Snapshot, _ chain: BackgroundChainCheck?, later: Bool) throws(StoreError) {
        guard let fd = try openJournal() else { return }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        do throws(StoreError) {
            guard size >= journalOffset else {
                throw StoreError(
                    .tampered, file: files.journal, position: "byte \(size)",
                    "the journal is shorter than the \(journalOffset) bytes store.json was made from; it was truncated or replaced")
            }
            if later {
                laterHistory = LaterHistoryCheck(
                    path: files.journal, end: journalOffset, lines: journalLineCount, head: snapshot.journalHead)
            } else if let chain {
                try chain.verdict(fd, path: files.journal, end: journalOffset, lines: journalLineCount, head: snapshot.journalHead)
            } else {
                try JournalChain.check(fd, path: files.journal, end: journalOffset, lines: journalLineCount, head: snapshot.journalHead)
            }
        } catch {
            knownDamage = error
        }
    }

    /// Starts the journal's check that opening left for later (`HistoryCheck.afterOpening`) on another thread.
    public func startHistoryCheck() { laterHistory?.start() }

    /// Whether that check's verdict is still out; takes it in once it is there, without waiting.
    public var historyCheckPending: Bool {
        settleHistory(waiting: false)
        return laterHistory != nil
    }

    /// Takes in the verdict of the check left for later: at once with `waiting`, else only if it is there.
    private func settleHistory(waiting: Bool) {
        guard let later = laterHistory, waiting || later.isDone else { return }
        laterHistory = nil
        do throws(StoreError) {
            try later.verdict()
        } catch {
            // The first bad line comes before any the lines after the snapshot may have found.
            knownDamage = error
        }
    }

    /// Reads and applies journal lines appended since this store last looked (by this or another process).
    /// A bad line stops the reading there: what came before is kept and the store becomes read-only.
    private func catchUp(repairTornTail: Bool) throws(StoreError) {
        // About to write (a torn tail mended, then an edit or a snapshot): the whole chain's verdict first.
        if repairTornTail { settleHistory(waiting: true) }
        caughtUp = []
        guard knownDamage == nil, let fd = try openJournal() else { return }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size >= journalOffset else {
            knownDamage = StoreError(
                .tampered, file: files.journal, position: "byte \(size)",
                "the journal is shorter than the \(journalOffset) bytes already applied; it was truncated or replaced")
            return
        }
        var bytes = try FileIO.readAll(fd, from: journalOffset, path: files.journal)
        if awaitingNewline {
            if bytes.first == 0x0A {
                bytes.removeFirst()
                journalOffset += 1
                awaitingNewline = false
            } else if bytes.isEmpty && repairTornTail {
                try FileIO.append(files.journal, [0x0A])
                journalOffset += 1
                awaitingNewline = false
                report(
                    "\(files.journal): the last line (revision \(revision)) had lost its final newline; it was complete and is kept, newline restored"
                )
            }
        }
        var restoredNewline = false
        if let last = bytes.lastIndex(of: 0x0A) ?? (bytes.isEmpty ? nil : -1), last < bytes.count - 1,
            isCompleteLine(bytes[(last + 1)...])
        {
            // A complete, hash-valid last line that lost only its newline is an acknowledged edit: keep it.
            bytes.append(0x0A)
            restoredNewline = true
        }
        let scan = JournalReader.scan(
            bytes, firstLine: journalLineCount + 1, previousHash: headHash,
            previousRevision: revision, file: files.journal)
        var applied = 0
        var problem = scan.problem
        // In place: a refused line changes nothing, so what came before it stays applied, and the tables are
        // not copied (the whole table would be, for one record).
        for line in scan.lines {
            do {
                try DirectoryStore.apply(line.entry, to: &data, file: files.journal, line: line.number)
            } catch {
                problem = error
                break
            }
            applied += 1
        }
        let kept = scan.lines.prefix(applied)
        caughtUp = kept.map(\.entry)
        var start = journalOffset
        for line in kept {
            if line.entry.action != .repair { history.add(line.entry.entity, line.entry.id, at: start) }
            start = journalOffset + line.end
        }
        if let last = kept.last {
            revision = last.entry.revision
            headHash = last.hash
        }
        journalLineCount += kept.count
        let keptBytes = kept.last.map { $0.end } ?? 0
        journalOffset += min(keptBytes, size - journalOffset)
        if let problem {
            knownDamage = problem
            return
        }
        if restoredNewline {
            if repairTornTail {
                try FileIO.append(files.journal, [0x0A])
                journalOffset += 1
                report(
                    "\(files.journal): the last line (revision \(revision)) had lost its final newline; it was complete and is kept, newline restored"
                )
            } else {
                awaitingNewline = true
                noticeOnce(
                    "\(files.journal): the last line (revision \(revision)) has lost its final newline; it is complete and applied, and the next edit restores the newline"
                )
            }
        } else if scan.tornBytes > 0 {
            try setAsideTornTail(bytes: Array(bytes[scan.completeBytes...]), repair: repairTornTail)
        }
    }

    private func isCompleteLine(_ raw: ArraySlice<UInt8>) -> Bool {
        guard let (body, recorded) = JournalLine.split(raw) else { return false }
        return JournalLine.sha256Hex(body) == recorded
    }

    /// A crash mid-append leaves bytes after the last newline. They are never applied. A writer (holding the
    /// exclusive lock, so no append is in flight) copies them to a side file of its own and cuts the journal back.
    private func setAsideTornTail(bytes: [UInt8], repair: Bool) throws(StoreError) {
        guard repair else {
            noticeOnce(
                "\(files.journal): an incomplete last line (\(bytes.count) bytes, after revision \(revision)) was not applied; the next edit sets it aside"
            )
            return
        }
        let side = try FileIO.createUnique(files.journal + ".torn", with: bytes)
        try FileIO.truncate(files.journal, to: journalOffset)
        report("\(files.journal): an incomplete last line (\(bytes.count) bytes) from an interrupted write was moved to \(side)")
    }

    private func noticeOnce(_ text: String) {
        if !notices.contains(text) { notices.append(text) }
    }

    /// A notice raised after opening: to the handler when there is one (printed, or shown in the status line).
    func report(_ text: String) {
        if let onNotice { onNotice(text) } else { noticeOnce(text) }
    }

    package static func apply(_ entry: JournalEntry, to data: inout PilotData, file: String, line: Int) throws(StoreError) {
        guard entry.action != .repair else { return }
        try check(entry, against: data.record(entry.entity, id: entry.id), file: file, line: line)
        put(entry, into: &data)
    }

    /// Refuses an entry that does not continue `current` (the record as the data has it) or whose after-state is
    /// another record. Changes nothing, so a refused entry leaves the data as it was.
    static func check(_ entry: JournalEntry, against current: AnyRecord?, file: String, line: Int) throws(StoreError) {
        let position = "line \(line) (revision \(entry.revision))"
        guard current == entry.before else {
            throw StoreError(
                .unreadable, file: file, position: position,
                "\(entry.entity.rawValue) \(entry.id ?? "") does not match the entry's before-state; store.json and the journal disagree")
        }
        if let record = entry.after, record.kind != entry.entity || record.id != entry.id {
            throw StoreError(.unreadable, file: file, position: position, "the entry's after-state is a different record")
        }
    }

    /// Applies a checked entry. In place: when nothing else holds the data's tables, only the changed record moves.
    package static func put(_ entry: JournalEntry, into data: inout PilotData) {
        guard entry.action != .repair else { return }
        if let record = entry.after {
            data.upsert(record)
        } else {
            data.remove(entry.entity, id: entry.id)
        }
    }

    /// Picks up other writers' edits (the dashboard calls this while it runs). With `wait: false` a held lock
    /// throws `.busy` (naming the holder) at once, so a screen never freezes behind a long import.
    public func refresh(wait: Bool) throws(StoreError) {
        let lock: FileLock?
        do {
            lock = try FileLock(path: files.lock, exclusive: false, wait: wait, policy: lockPolicy)
        } catch  where error.kind == .busy && backgroundCompaction?.isWriting == true {
            // Our own snapshot rewrite holds the lock for its write (well under a second): not another member to
            // name in the status line. Their edits are picked up at the next look.
            return
        }
        try catchUp(repairTornTail: false)
        withExtendedLifetime(lock) {}
    }

    /// A record's journal entries, newest first, at most `limit`: read where the index says they are, so the cost
    /// follows the record's own history, not the journal's length.
    public func history(of kind: EntityKind, id: String, limit: Int) throws(StoreError) -> [JournalEntry] {
        guard let fd = try openJournal() else { return [] }
        defer { close(fd) }
        if snapshotHistory == nil { snapshotHistory = try RecordHistoryIndex(fd, path: files.journal, end: snapshotJournalBytes) }
        let offsets = (snapshotHistory?.lines(kind, id) ?? []) + history.lines(kind, id)
        var out: [JournalEntry] = []
        for offset in offsets.suffix(limit).reversed() {
            let line = try JournalStream.line(fd, path: files.journal, at: offset)
            if case .success(let entry) = JournalAudit.decode(line, offset: offset, file: files.journal) { out.append(entry) }
        }
        return out
    }

    public func newest(_ limit: Int, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool) throws(StoreError)
        -> [JournalEntry]
    {
        try JournalAudit.newest(limit, in: files.directory, filter: filter, matching: matches)
    }

    /// "alice (revision 130, 2026-11-26T02:03:04Z)": who last changed a record, for a conflict's message.
    private func lastChange(_ kind: EntityKind, _ id: String) -> String? {
        guard let entry = try? history(of: kind, id: id, limit: 1).first else { return nil }
        return "\(entry.user) (revision \(entry.revision), \(entry.time))"
    }

    // MARK: Writing

    /// Applies one edit: under the exclusive lock, catches up with other writers, asks `build` for the changes
    /// against the current data, checks each change's before-state, appends one line per change and fsyncs.
    ///
    /// Costs what the edit changes, not what the store holds: the before-states are checked against the data as
    /// it is, and the data is changed in place only once the append is durable, so a failed append leaves it
    /// untouched. store.json is never rewritten here (`compactIfDue` does it when nobody waits).
    @discardableResult
    public func commit(user: String, _ build: (PilotData) throws -> Edit) throws -> [JournalEntry] {
        let lock = try FileLock(path: files.lock, exclusive: true, policy: lockPolicy)
        defer { withExtendedLifetime(lock) {} }
        if let lock, !lock.isHonoured { warnUnhonouredLock() }
        try catchUp(repairTornTail: true)
        if let damage { throw DirectoryStore.readOnlyError(damage, directory: files.directory) }
        removeLeftoverTempFiles()
        let edit = try build(data)
        // A change that changes nothing (a form saved as it was) is not an edit.
        let changes = edit.changes.filter { $0.before != $0.after }
        guard !changes.isEmpty else { return [] }
        try DirectoryStore.checkRoom(revision, adding: changes.count)

        var entries: [JournalEntry] = []
        var bytes: [UInt8] = []
        var hash = headHash
        let time = DirectoryStore.timestamp()
        let account = DirectoryStore.account
        // What this edit's earlier changes made of a record (nil inside: deleted), so a later change of the same
        // record is checked against that and not against the data, which is not touched before the append.
        var staged: [EntityKind: [String: AnyRecord?]] = [:]
        for (i, change) in changes.enumerated() {
            let current = staged[change.kind]?[change.id] ?? data.record(change.kind, id: change.id)
            guard current == change.before else {
                if change.before == nil {
                    throw StoreError(
                        .invalidEdit, file: nil,
                        Bilingual(zh: "\(change.kind.rawValue) \(change.id) 已存在", en: "\(change.kind.rawValue) \(change.id) already exists")
                    )
                }
                let by = lastChange(change.kind, change.id)
                // Never in the journal: a mistyped id, not another user's edit.
                if current == nil && by == nil {
                    throw StoreError(
                        .invalidEdit, file: nil,
                        Bilingual(zh: "找不到 \(change.kind.rawValue) \(change.id)", en: "\(change.kind.rawValue) \(change.id) not found"))
                }
                if current == nil {
                    throw StoreError(
                        .conflict, file: nil,
                        Bilingual(
                            zh: "\(change.kind.rawValue) \(change.id) 已不存在：\(by ?? "另一位成员")已将其删除",
                            en: "\(change.kind.rawValue) \(change.id) no longer exists; \(by ?? "another user") deleted it"))
                }
                throw StoreError(
                    .conflict, file: nil,
                    Bilingual(
                        zh: "\(change.kind.rawValue) \(change.id) 在你打开后已被\(by ?? "另一位成员")修改",
                        en: "\(change.kind.rawValue) \(change.id) was changed by \(by ?? "another user") since you opened it"))
            }
            let entry = JournalEntry(
                revision: revision + i + 1, time: time, user: user, account: account.name, uid: account.uid,
                action: change.action, entity: change.kind, id: change.id, before: change.before, after: change.after,
                reason: edit.reason, conflicts: edit.conflicts, previousHash: hash)
            let (line, lineHash) = try JournalLine.encode(entry)
            try DirectoryStore.check(entry, against: current, file: files.journal, line: journalLineCount + i + 1)
            staged[change.kind, default: [:]][change.id] = .some(change.after)
            bytes += line
            hash = lineHash
            entries.append(entry)
        }
        try append(bytes, entries: entries, hash: hash)
        for entry in entries { DirectoryStore.put(entry, into: &data) }
        return entries
    }

    /// Appends lines already chained to the head; the only place the journal grows.
    private func append(_ bytes: [UInt8], entries: [JournalEntry], hash: String) throws(StoreError) {
        try FileIO.append(files.journal, bytes)
        var start = journalOffset
        for (entry, end) in zip(entries, bytes.indices.filter { bytes[$0] == 0x0A }) {
            if entry.action != .repair { history.add(entry.entity, entry.id, at: start) }
            start = journalOffset + end + 1
        }
        revision += entries.count
        headHash = hash
        journalOffset += bytes.count
        journalLineCount += entries.count
    }

    /// Appends a `repair` line saying what `doctor --repair` did, chained like every other line.
    func appendRepairNote(user: String, reason: String) throws(StoreError) {
        try DirectoryStore.checkRoom(revision, adding: 1)
        let account = DirectoryStore.account
        let entry = JournalEntry(
            revision: revision + 1, time: DirectoryStore.timestamp(), user: user, account: account.name, uid: account.uid,
            action: .repair, entity: nil, id: nil, before: nil, after: nil, reason: reason, conflicts: nil,
            previousHash: headHash)
        let (line, hash) = try JournalLine.encode(entry)
        try append(line, entries: [entry], hash: hash)
    }

    /// The snapshot lags the journal by `compactionThreshold` lines or more: opening replays them all.
    public var compactionDue: Bool { revision - snapshotRevision >= compactionThreshold }

    /// Rewrites store.json when due, at a moment nobody waits on: the dashboard after a quiet spell, a command
    /// line after its answer. Never inside a save: on a national store the rewrite takes seconds. Never waits
    /// for the lock (another member's writer skips it) and never throws: every edit is already in the journal,
    /// so a failure is a notice and the next quiet moment tries again.
    public func compactIfDue() {
        finishCompaction(wait: false)
        guard backgroundCompaction == nil, compactionDue, damage == nil, compactionFailedAt != revision else { return }
        do throws(StoreError) {
            let lock = try FileLock(path: files.lock, exclusive: true, wait: false, policy: lockPolicy)
            defer { withExtendedLifetime(lock) {} }
            try catchUp(repairTornTail: true)
            guard damage == nil, compactionDue else { return }
            removeLeftoverTempFiles()
            try writeSnapshot()
        } catch  where error.kind == .busy {
            return
        } catch {
            compactionFailed(error, at: revision)
        }
    }

    /// As `compactIfDue`, but the encoding and the write run on another thread and this returns at once, so the
    /// dashboard keeps answering keys while a national store's snapshot is made. Only the write, not the
    /// encoding, holds the lock. `finishCompaction` takes the outcome; edits saved meanwhile follow the
    /// snapshot's revision in the journal, which opening replays.
    public func startCompactionIfDue() {
        finishCompaction(wait: false)
        guard backgroundCompaction == nil, compactionDue, damage == nil, compactionFailedAt != revision else { return }
        backgroundCompaction = BackgroundCompaction(currentSnapshot(), files: files)
    }

    /// Takes the outcome of a background rewrite once it has finished (at once with `wait`: quitting, tests):
    /// a failure becomes a notice, as in `compactIfDue`. Does nothing while it runs or when none was started.
    public func finishCompaction(wait: Bool) {
        guard let job = backgroundCompaction, let outcome = wait ? job.waitForOutcome() : job.outcome else { return }
        backgroundCompaction = nil
        switch outcome {
        case .written:
            snapshotRevision = max(snapshotRevision, job.revision)
        case .busy:
            break
        case .failed(let error):
            if error.position == FileIO.afterRename { snapshotRevision = max(snapshotRevision, job.revision) }
            compactionFailed(error, at: job.revision)
        }
    }

    /// Before the process exits: a background rewrite still encoding is dropped, one writing is waited for.
    public func cancelCompaction() {
        backgroundCompaction?.cancel()
        backgroundCompaction = nil
    }

    /// A snapshot rewrite that failed is a notice, never an error: every edit is already in the journal. One
    /// whose directory sync failed after the rename is in place; any other is retried once the journal moves on.
    private func compactionFailed(_ error: StoreError, at revision: Int) {
        if error.position == FileIO.afterRename {
            report(
                "store.json was rewritten at revision \(revision), but syncing its directory failed (\(error.reason)); nothing is lost: the journal has every edit"
            )
            return
        }
        compactionFailedAt = revision
        report(
            "every edit is saved (journal revision \(self.revision)), but rewriting store.json failed: \(error). "
                + "Nothing is lost; the next quiet moment retries it (or run `biopilot compact`).")
    }

    /// Rewrites `store.json` at the current revision (durable replace); the journal is kept whole.
    /// A failed directory sync after the rename is a notice: the new store.json is in place.
    public func compact() throws(StoreError) {
        finishCompaction(wait: true)
        let lock = try FileLock(path: files.lock, exclusive: true, policy: lockPolicy)
        try catchUp(repairTornTail: true)
        if let damage { throw DirectoryStore.readOnlyError(damage, directory: files.directory) }
        removeLeftoverTempFiles()
        do {
            try writeSnapshot()
        } catch  where error.position == FileIO.afterRename {
            report(
                "store.json was written at revision \(revision), but syncing its directory failed (\(error.reason)); "
                    + "after a power loss the previous store.json may return, which loses nothing: the journal has every edit")
        }
        withExtendedLifetime(lock) {}
    }

    /// The snapshot of the data as it is, at the journal's head.
    private func currentSnapshot() -> Snapshot {
        Snapshot(
            schemaVersion: migrator.current, revision: revision, journalBytes: journalOffset,
            journalLines: journalLineCount, journalHead: revision == 0 ? "" : headHash, data: data)
    }

    private func writeSnapshot() throws(StoreError) {
        do {
            try FileIO.replace(files.snapshot, with: try currentSnapshot().encoded())
        } catch  where error.position == FileIO.afterRename {
            // The new store.json is in place; only its survival of a power loss is in doubt.
            snapshotRevision = revision
            throw error
        }
        snapshotRevision = revision
    }

    /// `store.json.tmp-PID` files left by a compaction that was killed. Every temp file is written under the
    /// exclusive lock, so while we hold it any that exists is an orphan.
    private func removeLeftoverTempFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: files.directory) else { return }
        for name in names where name.hasPrefix(StoreFiles.snapshotName + FileIO.tempMarker) {
            if unlink(files.directory + "/" + name) == 0 {
                report("removed \(name), left by an interrupted rewrite of store.json")
            }
        }
    }

    private func warnUnhonouredLock() {
        let kind = FileLock.networkFileSystem(files.directory).map { " (\($0))" } ?? ""
        noticeOnce(
            "\(files.lock): this file system\(kind) does not honour flock, so two writers could interleave; "
                + "keep the store on a local disk of one server and let members reach it over SSH")
        if let onNotice, let last = notices.last { onNotice(last) }
    }

    static func readOnlyError(_ damage: StoreError, directory: String) -> StoreError {
        StoreError(
            .readOnly, file: damage.file, position: damage.position,
            Bilingual(
                zh: "\(damage.reasonText(.zh))。在 `biopilot doctor --repair --store \(directory)` 将损坏部分移开之前，存储只读",
                en:
                    "\(damage.reason). The store is read-only until `biopilot doctor --repair --store \(directory)` sets the damaged part aside"
            ))
    }

    /// Refuses an edit whose revision numbers would overflow (a crafted store.json), instead of crashing.
    static func checkRoom(_ revision: Int, adding count: Int) throws(StoreError) {
        guard revision <= Snapshot.maximumCount - count else {
            throw StoreError(.unreadable, file: StoreFiles.snapshotName, position: "revision", "revision \(revision) is out of range")
        }
    }

    /// The operating-system account running biopilot, from the process's uid (not `$USER`, which anyone can set).
    static let account: (name: String, uid: Int) = (FilePermissions.userName(geteuid()), Int(geteuid()))

    /// Creates a new store in `directory` and records every record of `data` in the journal as created by
    /// `user`, so the audit trail starts at the first record. Refuses a directory that already holds a store or
    /// any journal: nothing biopilot does may destroy an audit trail.
    public static func create(_ directory: String, data initial: PilotData, user: String, reason: String, shared: Bool = false) throws
        -> DirectoryStore
    {
        let files = StoreFiles(directory: directory)
        try FileIO.makeDirectory(files.directory)
        if shared { try FileIO.makeShared(files.directory) }
        guard !FileIO.exists(files.snapshot) else {
            throw StoreError(.invalidEdit, file: files.snapshot, Bilingual(zh: "此处已有存储", en: "a store already exists here"))
        }
        guard !FileIO.exists(files.journal) else {
            throw StoreError(
                .invalidEdit, file: files.journal,
                "this directory holds a journal (an audit trail) but no store.json; biopilot never replaces a journal. "
                    + "Rebuild store.json from it with `biopilot doctor --repair --store \(files.directory)`, or choose another directory")
        }
        let empty = Snapshot(
            schemaVersion: SchemaMigrator.standard.current, revision: 0, journalBytes: 0,
            journalLines: 0, journalHead: "", data: PilotData())
        try FileIO.append(files.journal, [])
        try FileIO.replace(files.snapshot, with: try empty.encoded())
        let store = try DirectoryStore.open(directory)
        try store.commit(user: user, reason: reason) { _ in
            initial.enterprises.map { .create(.enterprise($0)) }
                + initial.sites.map { .create(.site($0)) }
                + initial.products.map { .create(.product($0)) }
                + initial.residentStaff.map { .create(.staff($0)) }
                + initial.inspectors.map { .create(.inspector($0)) }
                + initial.inspections.map { .create(.inspection($0)) }
                + initial.samplings.map { .create(.sampling($0)) }
                + initial.measures.map { .create(.measure($0)) }
        }
        try store.compact()
        return store
    }

    static func timestamp(_ date: Date = Date()) -> String {
        // The value-type format style (UTC, `2026-11-26T15:18:20Z`): building an ISO8601DateFormatter per edit cost
        // 143 µs, about half of what an edit's own work was.
        date.formatted(Date.ISO8601FormatStyle())
    }
}
