import Foundation
import PilotCore
import PilotStore
import Testing

@testable import PilotCore

/// Other members: their edits reach this store by a look (`refresh`) or inside this member's next commit, entry by
/// entry, applied to the data in place.
extension StoreContractTests {
    @Test(arguments: StoreBackend.allCases)
    func anotherMembersEditsArriveEntryByEntry(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let alice = try made.open()
        let bob = try made.open()
        try alice.refresh()
        #expect(alice.caughtUp.isEmpty, "nothing new")
        let written = try bob.commit(user: "bob") { _ in
            [.create(.inspection(Sample.inspection("INS-0001"))), .create(.inspection(Sample.inspection("INS-0002", day: 2)))]
        }
        try alice.refresh(until: bob.revision)
        #expect(alice.revision == 7 && alice.head == bob.head && alice.data == bob.data)
        #expect(alice.caughtUp == written)
        try alice.refresh()
        #expect(alice.caughtUp.isEmpty, "each look reports only what it applied")
        // Bob's next edit, not yet looked for, is caught up inside Alice's commit: `build` sees it, and `caughtUp`
        // holds it (her own line is what `commit` returns).
        let bobs = try bob.commit(user: "bob") { _ in [.create(.inspection(Sample.inspection("INS-0003", day: 3)))] }
        var seen = false
        let hers = try alice.commit(user: "alice") { data in
            seen = data.inspections[id: "INS-0003"] != nil
            return [.create(.inspection(Sample.inspection("INS-0004", day: 4)))]
        }
        #expect(seen && alice.caughtUp == bobs && hers.map(\.revision) == [9])
        try bob.refresh(until: 9)
        #expect(bob.caughtUp == hers && bob.data == alice.data && bob.head == alice.head)
    }

    /// Where a table's records live: the same addresses after an edit mean they were changed in place.
    func storage(_ store: any Store) -> [UnsafeRawPointer?] { store.data.inspections.chunkAddresses }

    @Test(arguments: StoreBackend.allCases)
    func anUpdateAndAnotherMembersUpdateChangeTheTableInPlace(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        try store.commit(user: "t") { _ in
            (1...50).map { .create(.inspection(Sample.inspection(String(format: "INS-%04d", $0), day: $0))) }
        }
        let before = storage(store)
        try store.commit(user: "t") { data in
            let old = try #require(data.inspections[id: "INS-0007"])
            var cancelled = old
            cancelled.status = .cancelled
            return [.update(from: .inspection(old), to: .inspection(cancelled))]
        }
        #expect(store.data.inspections[id: "INS-0007"]?.status == .cancelled)
        #expect(storage(store) == before, "the table was copied for one record")
        let other = try made.open()
        try other.commit(user: "u") { data in
            let old = try #require(data.inspections[id: "INS-0008"])
            var cancelled = old
            cancelled.status = .cancelled
            return [.update(from: .inspection(old), to: .inspection(cancelled))]
        }
        try store.refresh(until: other.revision)
        #expect(store.data.inspections[id: "INS-0008"]?.status == .cancelled)
        #expect(storage(store) == before, "a look copied the table for one record")
    }

    /// Random creates, updates and deletes (some in one edit), from two writers: the data each member holds after
    /// applying them in place equals a fresh open, and one after `compact`.
    @Test(arguments: StoreBackend.allCases)
    func theDataAfterManyEditsFromTwoWritersEqualsAFreshOpen(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let other = try made.open()
        var seed: UInt64 = 15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var made_ = 0
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
                        made_ += 1
                        changes.append(.create(.inspection(Sample.inspection(String(format: "INS-%04d", made_), day: next(300)))))
                    }
                }
                return changes
            }
        }
        let last = max(store.revision, other.revision)
        try store.refresh(until: last)
        try other.refresh(until: last)
        let fresh = try made.open()
        #expect(fresh.revision == last && store.revision == last && other.revision == last)
        #expect(fresh.data == store.data && fresh.data == other.data)
        #expect(store.data.inspections.count > 50)
        try store.compact()
        #expect(try made.open().data == store.data)
    }
}
