import Foundation
import Glibc
import PilotCore

/// `biopilot doctor`: examines a store directory (chain, torn tail, snapshot against journal, leftover and
/// set-aside files, permissions, the lock) and, with `--repair`, puts it right without deleting anything:
/// damaged journal lines and replaced snapshots are kept beside the store, and the repair is itself a journal line.
public enum StoreDoctor {
    public struct Finding: Sendable, Equatable {
        public enum Severity: String, Sendable { case ok, note, problem }
        public let severity: Severity
        public let text: String
    }

    public static func examine(_ directory: String) -> [Finding] {
        let files = StoreFiles(directory: directory)
        var out: [Finding] = []
        func ok(_ t: String) { out.append(Finding(severity: .ok, text: t)) }
        func note(_ t: String) { out.append(Finding(severity: .note, text: t)) }
        func problem(_ t: String) { out.append(Finding(severity: .problem, text: t)) }

        guard FileIO.isDirectory(files.directory) else {
            problem("\(files.directory): no such directory")
            return out
        }
        // The snapshot, then the whole journal against it.
        do {
            _ = try DirectoryStore.readSnapshot(files, migrator: .standard)
            ok("store.json reads")
        } catch {
            problem("\(error)")
        }
        if FileIO.exists(files.journal) {
            do {
                switch try JournalAudit.verify(files.directory) {
                case .intact(let entries, let head):
                    ok("journal: \(entries) lines, hash chain intact, store.json matches the replay (head \(head))")
                case .broken(let error): problem("\(error)")
                }
            } catch {
                problem("\(error)")
            }
            if let torn = tornTail(files) {
                problem(
                    "\(files.journal): an incomplete last line (\(torn) bytes) from an interrupted write; the next edit or --repair sets it aside"
                )
            }
        } else {
            problem("\(files.journal): missing; without it the store's history cannot be proven")
        }
        // Files beside the store.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: files.directory)) ?? []).sorted()
        for name in names where name.hasPrefix(StoreFiles.snapshotName + FileIO.tempMarker) {
            problem("\(name): left by an interrupted rewrite of store.json (removed by the next edit or by --repair)")
        }
        for name in names where setAsidePrefixes.contains(where: name.hasPrefix) {
            note("\(name): set aside earlier (kept for you to read; biopilot never deletes it)")
        }
        // Who may write.
        let shared = FilePermissions.isShared(files.directory)
        for path in [files.directory, files.snapshot, files.journal, files.lock] where FileIO.exists(path) {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let description = FilePermissions.describe(path, info)
            if access(path, W_OK) != 0 {
                problem("\(description): you (\(FilePermissions.whoami())) cannot write it")
            } else if shared && info.st_mode & 0o020 == 0 {
                problem(
                    "\(description): the store is group-shared but this is not group-writable (fix: `chmod g+rw \(path)`, or --repair as its owner)"
                )
            } else {
                ok(description)
            }
        }
        if let type = FileLock.networkFileSystem(files.directory) {
            problem(
                "\(files.directory) is on a network file system (\(type)); flock may not hold between machines: keep the store on one server's local disk"
            )
        }
        // The lock.
        do {
            if let lock = try FileLock(path: files.lock, exclusive: true, wait: false) {
                if !lock.isHonoured {
                    problem("\(files.lock): flock is not honoured on this file system; two writers could interleave")
                } else {
                    ok("store.lock: free, flock honoured")
                }
            }
        } catch  where error.kind == .busy {
            note("\(error)")
        } catch {
            problem("\(error)")
        }
        return out
    }

    /// Bytes after the journal's last newline, or nil when it ends with one (verify stops at the first problem,
    /// so the tail is looked at on its own).
    static func tornTail(_ files: StoreFiles) -> Int? {
        guard let fd = try? JournalAudit.openJournal(files) else { return nil }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size > 0, let last = try? JournalStream.lastLines(fd, path: files.journal, count: 1).first else {
            return size > 0 ? size : nil
        }
        let end = last.offset + last.line.count + 1
        return end < size ? size - end : nil
    }

    static let setAsidePrefixes = [StoreFiles.journalName + ".torn", StoreFiles.journalName + ".damaged", StoreFiles.snapshotName + ".bak"]

    /// Puts the store right: removes leftover temp files, sets a damaged or torn journal tail aside (the longest
    /// good prefix stays), rebuilds store.json from the journal after a byte-exact backup when it is missing,
    /// unreadable or disagrees, makes a shared store's files group-writable, and records what it did as a journal
    /// line. Returns what it did (empty when nothing needed doing).
    public static func repair(_ directory: String, user: String, lockPolicy: LockPolicy = .standard) throws(StoreError) -> [String] {
        let files = StoreFiles(directory: directory)
        guard FileIO.exists(files.journal) else {
            throw StoreError(.missing, file: files.journal, "no journal to repair from; a store without its journal cannot be rebuilt")
        }
        let lock = try FileLock(path: files.lock, exclusive: true, policy: lockPolicy)
        defer { withExtendedLifetime(lock) {} }
        var done: [String] = []

        let names = (try? FileManager.default.contentsOfDirectory(atPath: files.directory)) ?? []
        for name in names where name.hasPrefix(StoreFiles.snapshotName + FileIO.tempMarker) {
            if unlink(files.directory + "/" + name) == 0 { done.append("removed \(name), left by an interrupted rewrite") }
        }

        // The longest good prefix of the journal, replayed.
        let good = try goodPrefix(files)
        if good.restoredNewline { done.append("restored the final newline of the complete last line (revision \(good.revision))") }
        let fd = try JournalAudit.openJournal(files)
        let size = Int(lseek(fd, 0, SEEK_END))
        close(fd)
        if good.end < size {
            guard let all = try FileIO.read(files.journal) else { throw StoreError(.missing, file: files.journal, "disappeared") }
            let rest = Array(all[good.end...])
            let side = try FileIO.createUnique(files.journal + ".damaged", with: rest)
            try FileIO.truncate(files.journal, to: good.end)
            let why = good.problem.map { "\($0)" } ?? "an incomplete last line"
            done.append("set aside journal lines from line \(good.lines + 1) on (\(rest.count) bytes) to \(side): \(why)")
        }

        // store.json: kept when it reads and agrees with the replay at its revision and the head.
        var rebuild: String?
        if let bytes = try FileIO.read(files.snapshot) {
            do {
                let snapshot = try JSONReading.decode(Snapshot.self, from: bytes, file: files.snapshot)
                try snapshot.checkRanges(file: files.snapshot)
                if snapshot.revision != good.revision || snapshot.journalHead != (good.revision == 0 ? "" : good.hash)
                    || snapshot.data.firstDifference(from: good.data) != nil
                {
                    rebuild = "store.json (revision \(snapshot.revision)) disagreed with the journal (revision \(good.revision))"
                }
            } catch {
                rebuild = "store.json could not be read (\(error))"
            }
            if rebuild != nil {
                let backup = try FileIO.createUnique(files.snapshot + ".bak", with: bytes)
                done.append("\(rebuild!); kept a byte-exact copy as \(backup)")
            }
        } else {
            rebuild = "store.json was missing"
            done.append("store.json was missing")
        }

        if FilePermissions.isShared(files.directory) {
            for path in [files.snapshot, files.journal, files.lock] where FileIO.exists(path) {
                var info = stat()
                if stat(path, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o060 != 0o060,
                    chmod(path, (info.st_mode & 0o7777) | 0o060) == 0
                {
                    done.append("made \((path as NSString).lastPathComponent) group-writable")
                }
            }
        }
        guard !done.isEmpty else { return [] }

        // The repair as a journal line, then a snapshot at the new head.
        let account = DirectoryStore.account
        let entry = JournalEntry(
            revision: good.revision + 1, time: DirectoryStore.timestamp(), user: user, account: account.name,
            uid: account.uid, action: .repair, entity: nil, id: nil, before: nil, after: nil,
            reason: "biopilot doctor --repair: " + done.joined(separator: "; "), conflicts: nil,
            previousHash: good.revision == 0 ? JournalEntry.genesisHash : good.hash)
        let (line, hash) = try JournalLine.encode(entry)
        try FileIO.append(files.journal, line)
        let snapshot = Snapshot(
            schemaVersion: SchemaMigrator.standard.current, revision: entry.revision,
            journalBytes: good.end + line.count, journalLines: good.lines + 1, journalHead: hash, data: good.data)
        try FileIO.replace(files.snapshot, with: try snapshot.encoded())
        done.append("recorded this repair as journal revision \(entry.revision) and wrote store.json at it")
        return done
    }

    struct GoodPrefix {
        var data = PilotData()
        var revision = 0
        var hash = JournalEntry.genesisHash
        var lines = 0
        var end = 0
        var problem: StoreError?
        var restoredNewline = false
    }

    /// Replays lines from the first until one fails any check; the replayed state and where the good part ends.
    static func goodPrefix(_ files: StoreFiles) throws(StoreError) -> GoodPrefix {
        let fd = try JournalAudit.openJournal(files)
        defer { close(fd) }
        var good = GoodPrefix()
        let ending = try JournalStream.forEachLine(fd, path: files.journal) { raw, offset throws(StoreError) in
            do throws(StoreError) {
                let line = try JournalReader.read(
                    raw, number: good.lines + 1, previousHash: good.hash,
                    previousRevision: good.revision, file: files.journal)
                try DirectoryStore.apply(line.entry, to: &good.data, file: files.journal, line: good.lines + 1)
                good.revision = line.entry.revision
                good.hash = line.hash
                good.lines += 1
                good.end = offset + raw.count + 1
                return true
            } catch {
                good.problem = error
                return false
            }
        }
        if good.problem == nil, !ending.tail.isEmpty {
            // A last line that lost only its newline is complete: keep it by restoring the newline.
            if let line = try? JournalReader.read(
                ending.tail[...], number: good.lines + 1, previousHash: good.hash,
                previousRevision: good.revision, file: files.journal),
                (try? DirectoryStore.apply(line.entry, to: &good.data, file: files.journal, line: good.lines + 1)) != nil
            {
                try FileIO.append(files.journal, [0x0A])
                good.revision = line.entry.revision
                good.hash = line.hash
                good.lines += 1
                good.end = ending.completeBytes + ending.tail.count + 1
                good.restoredNewline = true
            }
        }
        return good
    }
}
