import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// Issue 15, item 5: the dashboard's snapshot rewrite runs on another thread, so no key waits seconds for a
/// national store's encoding, and edits saved meanwhile are never lost.
@Suite struct BackgroundCompactionTests {
    func store(_ dir: TempDir, edits: Int) throws -> DirectoryStore {
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let store = try DirectoryStore.open(dir.path)
        store.compactionThreshold = edits
        for n in 1...edits { try addInspection(store, n) }
        return store
    }

    func addInspection(_ store: DirectoryStore, _ n: Int) throws {
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
    }

    func snapshotRevision(_ dir: TempDir) throws -> Int? {
        (try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as? [String: Any])?["revision"] as? Int
    }

    @Test func aStartedRewriteWritesTheSnapshotAtTheRevisionItStartedFrom() throws {
        let dir = TempDir()
        let store = try store(dir, edits: 3)
        let started = store.revision
        store.startCompactionIfDue()
        // Saves go on while it runs: they are journal lines after the snapshot's revision.
        try addInspection(store, 4)
        try addInspection(store, 5)
        store.finishCompaction(wait: true)
        #expect(try snapshotRevision(dir) == started)
        #expect(!store.compactionDue, "two lines behind is not due at a threshold of three")
        let reopened = try DirectoryStore.open(dir.path)
        #expect(reopened.revision == store.revision)
        #expect(reopened.data == store.data, "opening replays the saves made during the rewrite")
    }

    @Test func aLongHeldLockIsGivenUpAndTheNextQuietMomentRetries() throws {
        let dir = TempDir()
        let store = try store(dir, edits: 2)
        let snapshot = dir.bytes("store.json")
        var held = try FileLock(path: dir.path + "/store.lock", exclusive: true)
        store.startCompactionIfDue()
        store.finishCompaction(wait: true)
        #expect(dir.bytes("store.json") == snapshot, "nothing written while another writer holds the lock for seconds")
        #expect(store.compactionDue)
        held = nil
        store.startCompactionIfDue()
        store.finishCompaction(wait: true)
        #expect(try snapshotRevision(dir) == store.revision)
        withExtendedLifetime(held) {}
    }

    @Test func aFailedRewriteIsANoticeAndIsNotRetriedAtTheSameRevision() throws {
        let dir = TempDir()
        let store = try store(dir, edits: 2)
        var notices: [String] = []
        store.onNotice = { notices.append($0) }
        let snapshot = dir.bytes("store.json")
        FaultInjection.shared.fail(.fsync, path: dir.path + "/store.json", with: EIO)
        store.startCompactionIfDue()
        store.finishCompaction(wait: true)
        #expect(notices.count == 1 && notices[0].contains("every edit is saved"), "\(notices)")
        #expect(dir.bytes("store.json") == snapshot)
        store.startCompactionIfDue()
        store.finishCompaction(wait: true)
        #expect(notices.count == 1, "not retried every quiet second at the same revision")
        try addInspection(store, 3)
        store.startCompactionIfDue()
        store.finishCompaction(wait: true)
        #expect(try snapshotRevision(dir) == store.revision, "retried once the journal moved on")
    }

    @Test func quittingLeavesNoTempFileAndAValidStore() throws {
        let dir = TempDir()
        let store = try store(dir, edits: 2)
        store.startCompactionIfDue()
        store.cancelCompaction()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.hasPrefix("store.json.tmp-") }, "\(names)")
        #expect(try DirectoryStore.open(dir.path).data == store.data)
    }
}
