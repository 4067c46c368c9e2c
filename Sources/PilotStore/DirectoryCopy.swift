import Glibc
import PilotCore

/// `biopilot store copy`, the store directory's side: a verified store's journal lines handed out, and a new store
/// written from lines handed in. Lines travel byte for byte (without their newline), so the copy's chain is the
/// source's and `log --verify` gives the same head on both sides.
package enum DirectoryCopy {
    /// Under a shared lock (no member appends meanwhile): refuses a store `log --verify` does not pass, then hands
    /// each journal line to `body`, oldest first. Returns the verified head and the number of lines.
    package static func lines(
        of directory: String, lockPolicy: LockPolicy, _ body: (ArraySlice<UInt8>) throws(StoreError) -> Void
    ) throws(StoreError) -> (head: JournalHead, lines: Int) {
        let files = StoreFiles(directory: directory)
        guard FileIO.exists(files.snapshot) || FileIO.exists(files.journal) else {
            throw StoreError(.missing, file: files.directory, Bilingual(zh: "此处没有数据库可复制", en: "no store here to copy"))
        }
        let lock = try FileLock(path: files.lock, exclusive: false, policy: lockPolicy)
        defer { withExtendedLifetime(lock) {} }
        let verified: (entries: Int, head: JournalHead)
        switch try JournalAudit.verify(directory) {
        case .intact(let entries, let head): verified = (entries, head)
        case .broken(let problem): throw refusedSource(problem, at: directory)
        }
        let fd = try JournalAudit.openJournal(files)
        defer { close(fd) }
        var count = 0
        _ = try JournalStream.forEachLine(fd, path: files.journal) { raw, _ throws(StoreError) in
            count += 1
            guard count <= verified.entries else { return false }
            try body(raw)
            return true
        }
        return (verified.head, min(count, verified.entries))
    }

    /// A source whose journal does not verify is not copied: the copy would carry the damage under a new name.
    package static func refusedSource(_ problem: StoreError, at source: String) -> StoreError {
        StoreError(
            .tampered, file: nil,
            Bilingual(
                zh: "\(source) 未通过日志校验，未复制任何内容：\(problem.message(.zh))",
                en: "\(source) does not pass `log --verify`, so nothing was copied: \(problem.message(.en))"))
    }

    /// Refuses a directory that holds a store.json or a journal: a copy never replaces an audit trail.
    package static func checkEmpty(_ directory: String) throws(StoreError) {
        let files = StoreFiles(directory: directory)
        for path in [files.snapshot, files.journal] where FileIO.exists(path) {
            throw StoreError(
                .invalidEdit, file: path,
                Bilingual(
                    zh: "目标已有数据库；biopilot 只复制到空的数据库，从不覆盖审计日志",
                    en: "the destination already holds a store; biopilot copies only into an empty one, never over an audit trail"))
        }
    }

    /// Writes a new store in `directory` (which must hold no store): journal.jsonl from the lines `fill` hands to
    /// its sink, then store.json at the journal's head, made by replaying the journal as `doctor --repair` rebuilds
    /// it (checking every line). On failure the files this wrote are removed, so the directory is as it was.
    package static func write(
        _ directory: String,
        _ fill: (_ append: (ArraySlice<UInt8>) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) -> (head: JournalHead, lines: Int) {
        let files = StoreFiles(directory: directory)
        try FileIO.makeDirectory(files.directory)
        try checkEmpty(directory)
        var fd = try FilePermissions.open(files.journal, O_WRONLY | O_CREAT | O_EXCL, what: "create")
        do throws(StoreError) {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(Self.bufferSize + 65_536)
            try fill { line throws(StoreError) in
                buffer += line
                buffer.append(0x0A)
                if buffer.count >= Self.bufferSize {
                    try FileIO.writeAll(fd, buffer, path: files.journal)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try FileIO.writeAll(fd, buffer, path: files.journal)
            try FileIO.fsyncOrThrow(fd, path: files.journal)
            close(fd)
            fd = -1
            let replay = try StoreDoctor.goodPrefix(files)
            if let problem = replay.problem { throw problem }
            let snapshot = Snapshot(
                schemaVersion: SchemaMigrator.standard.current, revision: replay.revision, journalBytes: replay.end,
                journalLines: replay.lines, journalHead: replay.revision == 0 ? "" : replay.hash, data: replay.data)
            try FileIO.replace(files.snapshot, with: try snapshot.encoded())
            return (JournalHead(revision: replay.revision, hash: replay.hash), replay.lines)
        } catch {
            if fd >= 0 { close(fd) }
            unlink(files.journal)
            unlink(files.snapshot)
            throw error
        }
    }

    private static let bufferSize = 4 << 20
}
