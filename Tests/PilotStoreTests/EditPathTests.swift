import Foundation
import Testing

@testable import PilotCore
@testable import PilotStore

/// Issue 15, items 4 and 5: an edit costs what it changes (its records, one append), never a copy of a table or
/// a rewrite of store.json; the snapshot is rewritten when nobody waits, compactly, and old pretty ones still open.
@Suite struct EditPathTests {
    func store(_ dir: TempDir) throws -> DirectoryStore {
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        return try DirectoryStore.open(dir.path)
    }

    /// Where a table's records live: the same address after an edit means they were changed in place.
    func storage(_ store: DirectoryStore) -> [UnsafeRawPointer?] { store.data.inspections.chunkAddresses }

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

    @Test func anUpdateChangesTheTableInPlace() throws {
        let dir = TempDir()
        let store = try store(dir)
        for n in 1...50 {
            try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
        }
        let before = storage(store)
        try store.commit(user: "t") { data in
            var after = try #require(data.inspections[id: "INS-0007"])
            after.status = .cancelled
            return [.update(from: .inspection(try #require(data.inspections[id: "INS-0007"])), to: .inspection(after))]
        }
        #expect(store.data.inspections[id: "INS-0007"]?.status == .cancelled)
        #expect(storage(store) == before, "the table was copied for one record")
        // Another writer's edit, caught up by a refresh, is applied in place too.
        let other = try DirectoryStore.open(dir.path)
        try other.commit(user: "u") { data in
            var after = try #require(data.inspections[id: "INS-0008"])
            after.status = .cancelled
            return [.update(from: .inspection(try #require(data.inspections[id: "INS-0008"])), to: .inspection(after))]
        }
        try store.refresh()
        #expect(store.data.inspections[id: "INS-0008"]?.status == .cancelled)
        #expect(storage(store) == before, "a refresh copied the table for one record")
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

    /// Several changes of one record in one edit are checked against each other, not against the data (which
    /// is changed only after the append): a create then an update, an update then a delete.
    @Test func laterChangesOfARecordInOneEditSeeTheEarlierOnes() throws {
        let dir = TempDir()
        let store = try store(dir)
        let created = Sample.inspection("INS-0001")
        var updated = created
        updated.status = .cancelled
        try store.commit(user: "t") { _ in
            [.create(.inspection(created)), .update(from: .inspection(created), to: .inspection(updated))]
        }
        #expect(store.data.inspections[id: "INS-0001"] == updated)
        #expect(throws: StoreError.self, "the second change's before-state is stale within the edit") {
            try store.commit(user: "t") { _ in
                [.delete(.inspection(updated)), .delete(.inspection(updated))]
            }
        }
        #expect(store.data.inspections[id: "INS-0001"] == updated, "a refused edit changes nothing")
        var again = updated
        again.status = .planned
        try store.commit(user: "t") { _ in
            [.update(from: .inspection(updated), to: .inspection(again)), .delete(.inspection(again))]
        }
        #expect(store.data.inspections[id: "INS-0001"] == nil)
        #expect(try DirectoryStore.open(dir.path).data == store.data)
    }

    /// Random creates, updates and deletes (some in one edit), from two writers: the data each store holds after
    /// applying them in place equals a fresh open (snapshot plus replay), and a compacted one.
    @Test func theDataAfterManyEditsEqualsAFreshOpen() throws {
        let dir = TempDir()
        let store = try store(dir)
        let other = try DirectoryStore.open(dir.path)
        var seed: UInt64 = 15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var made = 0
        for _ in 0..<300 {
            let writer = next(4) == 0 ? other : store
            try writer.commit(user: "t") { data in
                var changes: [Change] = []
                var touched: Set<String> = []
                for _ in 0...next(3) {
                    let existing = data.inspections.records.filter { !touched.contains($0.id) }
                    switch next(5) {
                    case 0 where !existing.isEmpty:
                        let victim = existing[next(existing.count)]
                        touched.insert(victim.id)
                        changes.append(.delete(.inspection(victim)))
                    case 1 where !existing.isEmpty, 2 where !existing.isEmpty:
                        let before = existing[next(existing.count)]
                        var after = before
                        after.end = before.end.adding(days: 1 + next(9))
                        touched.insert(before.id)
                        changes.append(.update(from: .inspection(before), to: .inspection(after)))
                    default:
                        made += 1
                        changes.append(.create(.inspection(Sample.inspection(String(format: "INS-%04d", made), day: next(300)))))
                    }
                }
                return changes
            }
        }
        try store.refresh()
        try other.refresh()
        let fresh = try DirectoryStore.open(dir.path)
        #expect(fresh.data == store.data && fresh.data == other.data)
        #expect(store.data.inspections.count > 50)
        try store.compact()
        #expect(try DirectoryStore.open(dir.path).data == store.data)
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
