import Foundation
import PilotCore
import PilotStore
import Testing

/// Writing: one edit is one line per change, checked against the current record (no lost update), all or nothing.
extension StoreContractTests {
    func rename(_ product: PilotProduct, _ name: String) -> Change {
        var renamed = product
        renamed.name = name
        return .update(from: .product(product), to: .product(renamed))
    }

    @Test(arguments: StoreBackend.allCases)
    func aStoreReopensWithItsDataAndHead(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        #expect(store.revision == 5, "one line per record created")
        #expect(store.data == Sample.small())
        let entries = try store.commit(user: "alice", reason: "plan") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        #expect(entries.map(\.revision) == [6] && store.revision == 6 && store.head.revision == 6)
        let reopened = try made.open()
        #expect(reopened.revision == 6 && reopened.head == store.head)
        #expect(reopened.data == store.data)
        #expect(reopened.data.inspections[id: "INS-0001"] == Sample.inspection("INS-0001"))
        #expect(reopened.damage == nil && reopened.notices.isEmpty, "\(reopened.notices)")
    }

    @Test(arguments: StoreBackend.allCases)
    func aStaleEditIsAConflictNotALostUpdate(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let a = try made.open()
        let b = try made.open()
        let original = try #require(a.data.products[id: "P01"])
        let byA = try a.commit(user: "a") { _ in [rename(original, "A")] }
        // B still holds the old record: its edit is refused, naming who changed it when, and A's stays.
        let error = #expect(throws: StoreError.self) { try b.commit(user: "b") { _ in [rename(original, "B")] } }
        #expect(error?.kind == .conflict)
        let who = "a (revision 6, \(byA[0].time))"
        #expect(error?.reasonText(.en) == "product P01 was changed by \(who) since you opened it", "\(String(describing: error))")
        #expect(error?.message(.zh) == "product P01 在你打开后已被\(who)修改", "the message names the record, not the store")
        #expect(b.data.products[id: "P01"]?.name == "A", "B caught up while trying")
        #expect(b.revision == 6)
        // An edit built from the current data goes through, after A's.
        try b.commit(user: "b") { data in [rename(data.products[id: "P01"]!, "B")] }
        #expect(try made.open().data.products[id: "P01"]?.name == "B")
        #expect(try made.open().revision == 7)
    }

    @Test(arguments: StoreBackend.allCases)
    func aRecordDeletedByAnotherMemberIsAConflictNamingThem(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let a = try made.open()
        let b = try made.open()
        try a.commit(user: "a") { _ in [.create(.inspection(Sample.inspection("INS-0001")))] }
        try b.refresh(until: 6)
        let deleted = try a.commit(user: "a") { data in [.delete(.inspection(data.inspections[id: "INS-0001"]!))] }
        var cancelled = Sample.inspection("INS-0001")
        cancelled.status = .cancelled
        let error = #expect(throws: StoreError.self) {
            try b.commit(user: "b") { _ in [.update(from: .inspection(Sample.inspection("INS-0001")), to: .inspection(cancelled))] }
        }
        #expect(error?.kind == .conflict)
        let who = "a (revision 7, \(deleted[0].time))"
        #expect(error?.reasonText(.en) == "inspection INS-0001 no longer exists; \(who) deleted it", "\(String(describing: error))")
        #expect(error?.reasonText(.zh) == "inspection INS-0001 已不存在：\(who)已将其删除")
        #expect(b.data.inspections[id: "INS-0001"] == nil && b.revision == 7)
    }

    @Test(arguments: StoreBackend.allCases)
    func creatingAnExistingRecordOrChangingAMissingOneIsRefused(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let site = try #require(store.data.sites[id: "S01"])
        let exists = #expect(throws: StoreError.self) { try store.commit(user: "t") { _ in [.create(.site(site))] } }
        #expect(exists?.kind == .invalidEdit && exists?.reasonText(.en) == "site S01 already exists", "\(String(describing: exists))")
        #expect(exists?.reasonText(.zh) == "site S01 已存在")
        var ghost = site
        ghost.id = "S99"
        var moved = ghost
        moved.address = "上海市浦东新区张江路1号"
        let missing = #expect(throws: StoreError.self) {
            try store.commit(user: "t") { _ in [.update(from: .site(ghost), to: .site(moved))] }
        }
        #expect(missing?.kind == .invalidEdit && missing?.reason.hasPrefix("site S99 not found") == true, "\(String(describing: missing))")
        #expect(missing?.reasonText(.zh).hasPrefix("找不到 site S99") == true)
        #expect(store.revision == 5)
    }

    @Test(arguments: StoreBackend.allCases)
    func aChangeThatChangesNothingWritesNothing(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let product = AnyRecord.product(try #require(store.data.products[id: "P01"]))
        let head = store.head
        let entries = try store.commit(user: "t") { _ in [.update(from: product, to: product)] }
        #expect(entries.isEmpty && store.head == head)
        #expect(try made.open().head == head)
        #expect(try store.allEntries().count == 5)
    }

    /// Several changes of one record in one edit are checked against each other, not against the data (which is
    /// changed only after the write): a create then an update, an update then a delete.
    @Test(arguments: StoreBackend.allCases)
    func laterChangesOfARecordInOneEditSeeTheEarlierOnes(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let created = Sample.inspection("INS-0001")
        var updated = created
        updated.status = .cancelled
        try store.commit(user: "t") { _ in
            [.create(.inspection(created)), .update(from: .inspection(created), to: .inspection(updated))]
        }
        #expect(store.data.inspections[id: "INS-0001"] == updated && store.revision == 7)
        #expect(throws: StoreError.self, "the second change's before-state is stale within the edit") {
            try store.commit(user: "t") { _ in [.delete(.inspection(updated)), .delete(.inspection(updated))] }
        }
        #expect(store.data.inspections[id: "INS-0001"] == updated, "a refused edit changes nothing")
        var again = updated
        again.status = .planned
        try store.commit(user: "t") { _ in
            [.update(from: .inspection(updated), to: .inspection(again)), .delete(.inspection(again))]
        }
        #expect(store.data.inspections[id: "INS-0001"] == nil && store.revision == 9)
        #expect(try made.open().data == store.data)
    }

    /// An edit whose last change is refused writes none of its changes, for this member and for the others; the
    /// next edit takes the next revision (no gap).
    @Test(arguments: StoreBackend.allCases)
    func aRefusedChangeWritesNothingOfItsEdit(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let before = store.data
        let head = store.head
        let product = try #require(store.data.products[id: "P01"])
        let site = try #require(store.data.sites[id: "S01"])
        #expect(throws: StoreError.self) {
            try store.commit(user: "t") { _ in
                [.create(.inspection(Sample.inspection("INS-0001"))), rename(product, "改名"), .create(.site(site))]
            }
        }
        struct Unfinished: Error {}
        #expect(throws: Unfinished.self, "an edit whose building fails") {
            try store.commit(user: "t") { _ in throw Unfinished() }
        }
        #expect(store.data == before && store.head == head)
        let other = try made.open()
        #expect(other.data == before && other.head == head)
        let entries = try store.commit(user: "t") { _ in [rename(product, "改名")] }
        #expect(entries.map(\.revision) == [6] && entries.first?.previousHash == head.hash)
    }

    /// The contract bulk imports rely on (audit D9): an edit prepared against `store.data` outside the commit can
    /// tell, inside `commit`'s closure, whether another writer came in between, by the revision alone.
    @Test(arguments: StoreBackend.allCases)
    func theRevisionInsideCommitSaysWhetherThePreparationIsStale(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let importer = try made.open()
        let other = try made.open()
        try importer.refresh()
        let preparedAt = importer.revision
        let prepared = PilotData.nextID(prefix: "INS-", in: importer.data.inspections)
        // Another user adds the very id the import prepared.
        try other.commit(user: "bob") { _ in [.create(.inspection(Sample.inspection(prepared)))] }
        var redone = false
        try importer.commit(user: "alice") { data in
            var id = prepared
            if importer.revision != preparedAt {
                redone = true
                id = PilotData.nextID(prefix: "INS-", in: data.inspections)
            }
            return [.create(.inspection(Sample.inspection(id, day: 2)))]
        }
        #expect(redone)
        #expect(importer.data.inspections.map(\.id) == ["INS-0001", "INS-0002"])
        // With no writer in between, the revision is unchanged and the preparation stands.
        try importer.refresh()
        let unchangedAt = importer.revision
        var stale = true
        try importer.commit(user: "alice") { _ in
            stale = importer.revision != unchangedAt
            return [.create(.inspection(Sample.inspection("INS-0003")))]
        }
        #expect(!stale)
    }
}
