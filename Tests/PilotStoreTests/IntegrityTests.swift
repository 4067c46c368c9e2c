import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// The store's promises under faults and tampering: a committed edit is reported as committed, nothing the tool
/// does loses a line, and what was changed behind its back is named.
@Suite struct IntegrityTests {
    func store(_ dir: TempDir) throws -> DirectoryStore {
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        return try DirectoryStore.open(dir.path)
    }

    func addInspection(_ store: DirectoryStore, _ n: Int) throws {
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
    }

    @Test func aFailedCompactionIsANoticeAndTheNextQuietMomentRetriesIt() throws {
        let dir = TempDir()
        let store = try store(dir)
        store.compactionThreshold = 2
        var notices: [String] = []
        store.onNotice = { notices.append($0) }
        // The snapshot's temp file cannot be created (a directory is in its place): compaction fails with EISDIR.
        let blocker = dir.path + "/store.json.tmp-\(getpid())"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        let snapshot = dir.bytes("store.json")
        try addInspection(store, 1)
        let entries = try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0002", day: 2)))] }
        #expect(entries.count == 1, "a committed edit is reported as committed")
        store.compactIfDue()
        #expect(notices.contains { $0.contains("every edit is saved") && $0.contains("retries") }, "\(notices)")
        let failed = notices.count
        store.compactIfDue()
        #expect(notices.count == failed, "not retried every quiet second at the same revision")
        #expect(dir.bytes("store.json") == snapshot)
        #expect(try DirectoryStore.open(dir.path).data.inspections.count == 2)
        // Once the fault clears, the next quiet moment compacts; nothing was written twice.
        try FileManager.default.removeItem(atPath: blocker)
        try addInspection(store, 3)
        #expect(dir.bytes("store.json") == snapshot, "never inside a save")
        store.compactIfDue()
        let reopened = try DirectoryStore.open(dir.path)
        #expect(reopened.data.inspections.map(\.id) == ["INS-0001", "INS-0002", "INS-0003"])
        #expect(dir.bytes("store.json") != snapshot)
        #expect(try JournalAudit.verify(dir.path) == .intact(entries: 8, head: reopened.head))
    }

    @Test func leftoverTempFilesAreRemovedByTheNextWriter() throws {
        let dir = TempDir()
        let store = try store(dir)
        dir.write("store.json.tmp-999999", Array(repeating: 0x41, count: 100))
        var notices: [String] = []
        store.onNotice = { notices.append($0) }
        try addInspection(store, 1)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/store.json.tmp-999999"))
        #expect(notices.contains { $0.contains("store.json.tmp-999999") })
    }

    @Test func aCompleteLastLineThatLostOnlyItsNewlineIsKept() throws {
        let dir = TempDir()
        let store = try store(dir)
        try addInspection(store, 1)
        let journal = dir.bytes("journal.jsonl")
        dir.write("journal.jsonl", Array(journal.dropLast()))
        let reader = try DirectoryStore.open(dir.path)
        #expect(reader.data.inspections[id: "INS-0001"] != nil)
        #expect(reader.notices.contains { $0.contains("lost its final newline") })
        // The next writer restores the newline; both edits stay; no side file.
        let writer = try DirectoryStore.open(dir.path)
        try addInspection(writer, 2)
        #expect(Array(dir.bytes("journal.jsonl").prefix(journal.count)) == journal, "the restored line is byte-identical")
        try reader.refresh()
        #expect(reader.data.inspections.count == 2 && reader.damage == nil)
        #expect(try JournalAudit.verify(dir.path) == .intact(entries: 7, head: writer.head))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.contains("torn") })
    }

    @Test func tornTailsSetAsideInTheSameSecondAreBothKept() throws {
        let dir = TempDir()
        let store = try store(dir)
        var notices: [String] = []
        store.onNotice = { notices.append($0) }
        for tail in ["FIRST-TORN", "SECOND-TORN"] {
            let fd = open(dir.path + "/journal.jsonl", O_WRONLY | O_APPEND)
            _ = Array(tail.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            try addInspection(store, tail.count)
        }
        let sides = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".torn") }.sorted()
        #expect(sides.count == 2)
        #expect(Set(sides.map { String(decoding: dir.bytes($0), as: UTF8.self) }) == ["FIRST-TORN", "SECOND-TORN"])
        #expect(notices.filter { $0.contains("moved to") }.count == 2, "the writer says where each went: \(notices)")
        #expect(try JournalAudit.verify(dir.path) == .intact(entries: 7, head: store.head))
    }

    @Test(arguments: ["revision", "journalLines", "journalBytes"])
    func countsNearIntMaxAreRefusedNotACrash(field: String) throws {
        let dir = TempDir()
        _ = try store(dir)
        let text = String(decoding: dir.bytes("store.json"), as: UTF8.self)
        let edited = text.replacingOccurrences(
            of: #""\#(field)":\d+"#, with: #""\#(field)":9223372036854775807"#, options: .regularExpression)
        #expect(edited != text)
        dir.write("store.json", Array(edited.utf8))
        #expect {
            _ = try DirectoryStore.open(dir.path)
        } throws: { error in
            (error as? StoreError)?.kind == .unreadable && (error as? StoreError)?.position == field
        }
    }

    // MARK: Tampering

    @Test func anAnchorCatchesTruncationAndAConsistentRewrite() throws {
        let dir = TempDir()
        let store = try store(dir)
        for n in 1...3 { try addInspection(store, n) }
        let anchor = try JournalAudit.head(dir.path)
        #expect(try JournalAudit.verify(dir.path, anchors: [anchor]) == .intact(entries: 8, head: anchor))
        let abbreviated = JournalHead("\(anchor.revision):\(anchor.hash.prefix(12))")!
        #expect(try JournalAudit.verify(dir.path, anchors: [abbreviated]) == .intact(entries: 8, head: anchor))
        let original = dir.bytes("journal.jsonl")
        // The last line deleted (and store.json made to agree): only the anchor knows.
        var lines = original.split(separator: 0x0A).map(Array.init)
        lines.removeLast()
        dir.write("journal.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        try FileManager.default.removeItem(atPath: dir.path + "/store.json")
        _ = try StoreDoctor.repair(dir.path, user: "mallory")
        guard case .broken(let cut) = try JournalAudit.verify(dir.path, anchors: [anchor]) else {
            Issue.record("truncation below an anchor passed")
            return
        }
        #expect("\(cut)".contains("anchor") && "\(cut)".contains("\(anchor.revision)"))
        // The whole chain rewritten consistently (a user renamed, every hash recomputed).
        var previous = JournalEntry.genesisHash
        var rewritten: [UInt8] = []
        for raw in original.split(separator: 0x0A) {
            var entry = try JSONDecoder().decode(JournalEntry.self, from: Data(JournalLine.split(raw)!.body))
            entry.user = "bob"
            entry.previousHash = previous
            let (line, hash) = try JournalLine.encode(entry)
            rewritten += line
            previous = hash
        }
        dir.write("journal.jsonl", rewritten)
        try FileManager.default.removeItem(atPath: dir.path + "/store.json")
        _ = try StoreDoctor.repair(dir.path, user: "mallory")
        guard case .broken(let rewrite) = try JournalAudit.verify(dir.path, anchors: [anchor]) else {
            Issue.record("a consistent rewrite passed an anchor")
            return
        }
        #expect("\(rewrite)".contains("does not match"))
    }

    @Test func aBackDatedForgedEntryIsCaught() throws {
        let dir = TempDir()
        let store = try store(dir)
        try addInspection(store, 1)
        let head = store.head
        let forged = JournalEntry(
            revision: head.revision + 1, time: "2025-01-01T00:00:00Z", user: "director", action: .create,
            entity: .inspection, id: "INS-0099", before: nil, after: .inspection(Sample.inspection("INS-0099")),
            reason: nil, conflicts: nil, previousHash: head.hash)
        let (line, _) = try JournalLine.encode(forged)
        dir.write("journal.jsonl", dir.bytes("journal.jsonl") + line)
        guard case .broken(let error) = try JournalAudit.verify(dir.path) else {
            Issue.record("a back-dated entry passed")
            return
        }
        #expect(error.kind == .tampered && "\(error)".contains("back-dated"))
    }

    @Test func aRecordEditedOrDeletedInStoreJSONIsNamed() throws {
        let dir = TempDir()
        let store = try store(dir)
        try addInspection(store, 1)
        try store.compact()
        var object = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        object["inspections"] = []
        dir.write("store.json", Array(try JSONSerialization.data(withJSONObject: object)))
        guard case .broken(let error) = try JournalAudit.verify(dir.path) else {
            Issue.record("a record deleted from store.json passed")
            return
        }
        #expect(error.file?.hasSuffix("store.json") == true && error.position == "inspection INS-0001")
        // doctor --repair rebuilds store.json from the journal after a byte-exact backup.
        let damaged = dir.bytes("store.json")
        let done = try StoreDoctor.repair(dir.path, user: "t")
        #expect(done.contains { $0.contains("disagreed") })
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("store.json.bak") }
        #expect(backups.count == 1 && dir.bytes(backups[0]) == damaged)
        #expect(try DirectoryStore.open(dir.path).data.inspections[id: "INS-0001"] != nil)
        if case .broken(let e) = try JournalAudit.verify(dir.path) { Issue.record("still broken after repair: \(e)") }
    }

    @Test func damageToAnOldLineOpensReadOnlyAndRepairSetsItAside() throws {
        let dir = TempDir()
        let store = try store(dir)
        for n in 1...3 { try addInspection(store, n) }
        try store.compact()
        var lines = dir.bytes("journal.jsonl").split(separator: 0x0A).map(Array.init)
        lines.swapAt(1, 2)
        let swapped = Array(lines.joined(separator: [0x0A])) + [0x0A]
        dir.write("journal.jsonl", swapped)
        let opened = try DirectoryStore.open(dir.path)
        #expect(
            opened.damage?.position?.hasPrefix("line 2") == true,
            "the first bad line, not a later one: \(String(describing: opened.damage))")
        #expect(throws: StoreError.self) { try addInspection(opened, 9) }
        #expect(dir.bytes("journal.jsonl") == swapped)
        let done = try StoreDoctor.repair(dir.path, user: "t")
        let side = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("journal.jsonl.damaged") }
        #expect(side.count == 1 && Array(swapped.dropFirst(lines[0].count + 1)) == dir.bytes(side[0]), "\(done)")
        let repaired = try DirectoryStore.open(dir.path)
        #expect(repaired.damage == nil && repaired.revision == 2)
        #expect(try JournalAudit.last(1, in: dir.path)[0].get().action == .repair)
        try addInspection(repaired, 4)
    }

    // MARK: Locks and sharing

    @Test func aHeldLockIsNamedAndGivesUp() throws {
        let dir = TempDir()
        let store = try store(dir)
        let holder = try #require(try FileLock(path: store.files.lock, exclusive: true))
        #expect {
            try store.refresh(wait: false)
        } throws: { error in
            (error as? StoreError)?.kind == .busy && "\(error)".contains("held by pid \(getpid())")
        }
        final class Said: @unchecked Sendable { var lines: [String] = [] }
        let said = Said()
        store.lockPolicy = LockPolicy(timeout: 1.3) { said.lines.append($0) }
        let started = Date()
        #expect(throws: StoreError.self) { try addInspection(store, 1) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(said.lines.count == 1 && said.lines[0].contains("held by pid"))
        withExtendedLifetime(holder) {}
    }

    @Test func aSharedStoreIsGroupWritableWhateverTheUmask() throws {
        let dir = TempDir()
        let old = umask(0o022)
        defer { umask(old) }
        let store = try DirectoryStore.create(dir.path + "/s", data: Sample.small(), user: "t", reason: "fixture", shared: true)
        try addInspection(store, 1)
        func mode(_ path: String) -> mode_t {
            var s = stat()
            stat(path, &s)
            return s.st_mode
        }
        #expect(mode(dir.path + "/s") & S_ISGID != 0)
        for name in ["store.json", "journal.jsonl", "store.lock"] {
            #expect(mode(dir.path + "/s/" + name) & 0o060 == 0o060, "\(name)")
        }
        // Outside a shared directory the umask rules.
        let plain = try DirectoryStore.create(dir.path + "/p", data: Sample.small(), user: "t", reason: "fixture")
        #expect(mode(plain.files.journal) & 0o777 == 0o644)
    }

    // MARK: Reading from the end

    @Test func lastLinesMatchesSplittingTheWholeFile() throws {
        let dir = TempDir()
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<30 {
            var lines: [[UInt8]] = []
            for i in 0..<Int.random(in: 0...12, using: &generator) {
                // Some lines longer than the 64 KiB read size.
                let length =
                    Int.random(in: 0...4, using: &generator) > 0
                    ? Int.random(in: 0...50, using: &generator) : Int.random(in: 60_000...140_000, using: &generator)
                lines.append(Array(repeating: UInt8(0x61 + (i + trial) % 26), count: length))
            }
            let torn: [UInt8] = trial % 3 == 0 ? Array("torn".utf8) : []
            let path = dir.path + "/j\(trial)"
            _ = FileManager.default.createFile(atPath: path, contents: Data(lines.flatMap { $0 + [0x0A] } + torn))
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            for count in [0, 1, 3, lines.count, lines.count + 5] {
                let read = try JournalStream.lastLines(fd, path: path, count: count)
                let same = read.map(\.line) == Array(lines.suffix(count))
                #expect(same, "trial \(trial) count \(count)")
                // Reading on from where that left off gives the lines before it.
                if let first = read.first, count > 0 {
                    let earlier = try JournalStream.lastLines(fd, path: path, count: 2, before: first.offset)
                    let expected = Array(lines.dropLast(read.count).suffix(2))
                    #expect(earlier.map(\.line) == expected, "trial \(trial): the lines before line \(lines.count - read.count + 1)")
                }
            }
        }
    }

    @Test func historyReadsOneRecordNewestFirstAndStopsAtItsCreation() throws {
        let dir = TempDir()
        let store = try store(dir)
        for n in 1...3 { try addInspection(store, n) }
        var inspection = store.data.inspections[id: "INS-0002"]!
        for team in [["I01"], []] {
            let before = inspection
            inspection.team = team
            let after = inspection
            try store.commit(user: "t") { _ in [.update(from: .inspection(before), to: .inspection(after))] }
        }
        let history = try JournalAudit.history(of: .inspection, id: "INS-0002", in: dir.path)
        #expect(history.map(\.action) == [.update, .update, .create])
        #expect(try JournalAudit.last(2, in: dir.path).map { try $0.get().revision } == [9, 10])
        // A record created at the start, behind more lines than one backwards read takes.
        for n in 10...700 { try addInspection(store, n) }
        let old = try JournalAudit.history(of: .enterprise, id: "E01", in: dir.path)
        #expect(old.map(\.action) == [.create] && old.first?.revision == 1)
        // The store's index gives the same histories, from lines found at open, read later and written here.
        let reader = try DirectoryStore.open(dir.path)
        try addInspection(store, 701)
        try reader.refresh()
        for (kind, id) in [(EntityKind.enterprise, "E01"), (.inspection, "INS-0002"), (.inspection, "INS-0701")] {
            let viaScan = try JournalAudit.history(of: kind, id: id, in: dir.path)
            #expect(try reader.history(of: kind, id: id) == viaScan && store.history(of: kind, id: id) == viaScan, "\(kind) \(id)")
        }
        #expect(try reader.history(of: .inspection, id: "INS-0701").count == 1)
    }
}

/// A full disk and a failing device, injected at the store's write and fsync calls (`FaultInjection`, armed
/// for one test directory's files).
@Suite(.serialized) struct FaultTests {
    /// 300 edits, each with a chance of ENOSPC or EIO on the journal's write or fsync, or on any step of the
    /// snapshot rewrite (every 5 edits here). What the store reports is the truth: an edit reported committed
    /// is in the journal exactly once, one reported failed is not there at all, and a user's retry of a failed
    /// edit adds it once.
    @Test func faultsNeverTurnACommittedEditIntoAFailureOrDuplicateIt() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let store = try DirectoryStore.open(dir.path)
        store.compactionThreshold = 5
        var notices = 0
        store.onNotice = { _ in notices += 1 }
        var generator = SystemRandomNumberGenerator()
        var committed: [String] = []
        var failures = 0
        let faults: [(FaultInjection.Call, String)] = [
            (.write, "journal.jsonl"), (.fsync, "journal.jsonl"),
            (.write, "store.json"), (.fsync, "store.json"), (.directorySync, "store.json"),
        ]
        for n in 1...300 {
            let id = String(format: "INS-%04d", n)
            if Int.random(in: 0..<3, using: &generator) == 0, let fault = faults.randomElement(using: &generator) {
                FaultInjection.shared.fail(fault.0, path: dir.path + "/" + fault.1, with: Bool.random(using: &generator) ? ENOSPC : EIO)
            }
            do {
                let entries = try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(id, day: n % 200)))] }
                #expect(entries.count == 1)
                committed.append(id)
                // The quiet moment after the edit, where store.json is rewritten when due.
                store.compactIfDue()
            } catch let error as StoreError {
                #expect(error.kind == .io, "\(error)")
                failures += 1
                // The user tries again once the disk has room.
                try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(id, day: n % 200)))] }
                committed.append(id)
            }
        }
        #expect(failures > 20 && notices > 5, "the faults must have hit: \(failures) failed appends, \(notices) compaction notices")
        let reopened = try DirectoryStore.open(dir.path)
        #expect(reopened.data.inspections.map(\.id) == committed)
        #expect(reopened.revision == 5 + 300, "one journal line per edit: none written twice, none lost")
        if case .broken(let e) = try JournalAudit.verify(dir.path) { Issue.record("\(e)") }
    }

    @Test func compactReportsSuccessWhenOnlyTheDirectorySyncFailed() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let store = try DirectoryStore.open(dir.path)
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        var notices: [String] = []
        store.onNotice = { notices.append($0) }
        FaultInjection.shared.fail(.directorySync, path: dir.path + "/store.json", with: EIO)
        try store.compact()
        #expect(notices.count == 1 && notices[0].contains("syncing its directory failed"), "\(notices)")
        let snapshot = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        #expect(snapshot["revision"] as? Int == 6)
    }
}
