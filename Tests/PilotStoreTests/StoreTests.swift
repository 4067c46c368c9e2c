import Foundation
import PilotCore
import Testing

@testable import PilotStore

@Suite struct StoreTests {
    /// The round trip itself (data, revision, head) is a contract test run on both backends (StoreContractTests);
    /// here, what it does to the files.
    @Test func anEditAppendsOneLineAndLeavesTheSnapshot() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "tester", reason: "fixture")
        let store = try DirectoryStore.open(dir.path)
        let before = dir.bytes("journal.jsonl").count
        let snapshot = dir.bytes("store.json")
        try store.commit(user: "alice", reason: "plan") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        let journal = dir.bytes("journal.jsonl")
        #expect(journal.count > before)
        #expect(journal[before...].filter { $0 == 0x0A }.count == 1)
        #expect(dir.bytes("store.json") == snapshot)
        #expect(
            try JournalAudit.verify(dir.path)
                == .intact(
                    entries: 6,
                    head: JournalHead(revision: 6, hash: JournalLine.split(journal.dropLast().split(separator: 0x0A).last!)!.recorded)))
    }

    @Test func tornLastLineIsSetAsideNeverApplied() throws {
        let dir = TempDir()
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        let good = dir.bytes("journal.jsonl")
        // A crash mid-append: half of a real line, no newline.
        let (line, _) = try JournalLine.encode(
            JournalEntry(
                revision: 7, time: "2026-11-22T00:00:00Z", user: "t", action: .create, entity: .inspection, id: "INS-0002",
                before: nil, after: .inspection(Sample.inspection("INS-0002")), reason: nil, conflicts: nil, previousHash: "x"))
        dir.write("journal.jsonl", good + line.prefix(line.count / 2))
        let reader = try DirectoryStore.open(dir.path)
        #expect(reader.revision == 6 && reader.data.inspections[id: "INS-0002"] == nil)
        #expect(reader.notices.count == 1 && reader.notices[0].contains("incomplete last line"))
        // Reading leaves the file alone; the next edit moves the torn bytes aside and continues the chain.
        #expect(dir.bytes("journal.jsonl").count == good.count + line.count / 2)
        try reader.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0003")))] }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let side = try #require(files.first { $0.hasPrefix("journal.jsonl.torn-") })
        #expect(dir.bytes(side) == Array(line.prefix(line.count / 2)))
        if case .broken(let e) = try JournalAudit.verify(dir.path) { Issue.record("chain broken: \(e)") }
        #expect(try DirectoryStore.open(dir.path).data.inspections.count == 1 + 1)
    }

    @Test func compactionRewritesTheSnapshotAndKeepsTheJournal() throws {
        let dir = TempDir()
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        store.compactionThreshold = 5
        for i in 1...12 {
            try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", i), day: i)))] }
            store.compactIfDue()
        }
        let snapshot = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        #expect((snapshot["revision"] as! Int) >= 15)
        #expect(try JournalAudit.verify(dir.path) == .intact(entries: 17, head: JournalAudit.head(dir.path)))
        #expect(try DirectoryStore.open(dir.path).data.inspections.count == 12)
    }
}

/// Store errors read in Chinese on a Chinese screen: the reason, the place, and the system's own words.
@Suite struct StoreErrorLanguageTests {
    @Test func placesAndReasonsInChinese() {
        let tampered = StoreError(
            .tampered, file: "journal.jsonl", position: "line 12 (revision 11)",
            Bilingual(zh: "该行的哈希与内容不符", en: "the line's hash does not match"))
        #expect(tampered.description == "journal.jsonl: line 12 (revision 11): the line's hash does not match")
        #expect(tampered.message(.zh) == "journal.jsonl: 第 12 行（修订号 11）: 该行的哈希与内容不符")
        // A reason worded only in English (a parser's detail) says the kind of problem in Chinese first.
        let parser = StoreError(.unreadable, file: "store.json", position: "byte 40", "expected ','")
        #expect(parser.message(.zh) == "store.json: 第 40 字节: 无法读取（expected ','）")
    }

    @Test func aLockHeldElsewhereIsBusyInBothLanguages() throws {
        let dir = TempDir()
        let held = try FileLock(path: dir.path + "/store.lock", exclusive: true, policy: LockPolicy(timeout: 0))
        defer { withExtendedLifetime(held) {} }
        do {
            _ = try FileLock(path: dir.path + "/store.lock", exclusive: true, wait: false, policy: LockPolicy(timeout: 0))
            Issue.record("a second exclusive lock was granted")
        } catch {
            #expect(error.kind == .busy && error.message(.zh).contains("存储正被占用") && error.description.contains("store busy"), "\(error)")
        }
    }
}
