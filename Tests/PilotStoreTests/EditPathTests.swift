import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// Issue 15, items 4 and 5: an edit costs what it changes (its records, one append), never a copy of a table or
/// a rewrite of store.json; the snapshot is rewritten when nobody waits, compactly, and old pretty ones still open.
/// What holds on both backends (updates in place, several changes of one record, many edits equal a fresh open) is
/// in StoreContractTests; here, the directory's files.
@Suite struct EditPathTests {
    func store(_ dir: TempDir) throws -> DirectoryStore {
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        return try DirectoryStore.open(dir.path)
    }

    @Test func aCommitNeverRewritesTheSnapshotEvenPastTheThreshold() throws {
        let dir = TempDir()
        let store = try store(dir)
        store.compactionThreshold = 5
        let snapshot = dir.bytes("store.json")
        for n in 1...12 {
            try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
        }
        #expect(dir.bytes("store.json") == snapshot, "a save appends to the journal and nothing else")
        #expect(store.compactionDue)
        // The quiet moment after the saves rewrites it, at the head.
        store.compactIfDue()
        #expect(!store.compactionDue)
        let written = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        #expect(written["revision"] as? Int == store.revision)
        #expect(try DirectoryStore.open(dir.path).data == store.data)
    }

    @Test func compactIfDueDoesNothingBeforeTheThresholdOrWhileAnotherWriterHoldsTheLock() throws {
        let dir = TempDir()
        let store = try store(dir)
        store.compactionThreshold = 2
        let snapshot = dir.bytes("store.json")
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        store.compactIfDue()
        #expect(dir.bytes("store.json") == snapshot, "one line behind is not due")
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0002", day: 2)))] }
        let held = try FileLock(path: dir.path + "/store.lock", exclusive: true)
        store.compactIfDue()
        #expect(dir.bytes("store.json") == snapshot, "a held lock is not waited for")
        withExtendedLifetime(held) {}
    }

    @Test func anEditWhoseAppendFailsLeavesTheDataAsItWas() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        let before = store.data
        let revision = store.revision
        for call in [FaultInjection.Call.write, .fsync] {
            FaultInjection.shared.fail(call, path: dir.path + "/journal.jsonl", with: ENOSPC)
            #expect(throws: StoreError.self) {
                try store.commit(user: "t") { data in
                    var changed = data.inspections[id: "INS-0001"]!
                    changed.status = .cancelled
                    return [
                        .update(from: .inspection(data.inspections[id: "INS-0001"]!), to: .inspection(changed)),
                        .create(.inspection(Sample.inspection("INS-0002"))),
                    ]
                }
            }
            #expect(store.data == before, "\(call)")
            #expect(store.revision == revision)
        }
        #expect(try DirectoryStore.open(dir.path).data == before)
    }

    @Test func theSnapshotIsCompactAndAPrettyOneStillOpens() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        try store.compact()
        let compact = dir.bytes("store.json")
        #expect(!compact.contains(0x0A) && !String(decoding: compact, as: UTF8.self).contains("\" : "), "no indentation, no line breaks")
        #expect(compact.last == UInt8(ascii: "}"), "no trailing newline: a truncated file is never valid JSON")
        // A store.json as earlier versions wrote it (pretty, sorted keys) opens to the same data.
        let object = try JSONSerialization.jsonObject(with: Data(compact))
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        dir.write("store.json", Array(pretty))
        let reopened = try DirectoryStore.open(dir.path)
        #expect(reopened.data == store.data && reopened.head == store.head && reopened.damage == nil)
    }
}
