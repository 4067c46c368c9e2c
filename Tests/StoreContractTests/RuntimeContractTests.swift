import Foundation
import PilotCore
import PilotStore
import Testing

@testable import DashboardRuntime
@testable import DashboardUI

/// What the dashboard's effects do with the store, on either backend: a save is one journal entry, a stale form is a
/// conflict that writes nothing, a new record takes its id when written, another member's edits arrive as their
/// changes, and `:log` reads a record's trail.
extension StoreContractTests {
    static let today = CivilDate("2026-11-22")!

    func demo(_ backend: StoreBackend) throws -> TestStore {
        try backend.make(with: DemoData.make(today: Self.today, reference: bundledReference))
    }

    func state(_ store: any Store, at made: TestStore) -> AppState {
        AppState(
            model: DashboardModel(data: store.data, revision: store.revision, today: Self.today, reference: bundledReference),
            context: AppContext(storePath: made.location, user: "alice", readOnly: false),
            size: Size(width: 100, height: 30), language: .en)
    }

    func renamed(_ store: any Store, _ id: String, _ name: String) throws -> (before: AnyRecord, after: AnyRecord) {
        let product = try #require(store.data.products[id: id])
        var after = product
        after.name = name
        return (.product(product), .product(after))
    }

    @Test(arguments: StoreBackend.allCases)
    func aSaveWritesOneJournalEntryAndFinishes(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        let revision = store.revision
        let (before, after) = try renamed(store, "P01", "renamed by alice")
        let edit = RecordEdit(
            changes: [.init(before: before, after: after)], reason: "typo", conflicts: nil, done: Bilingual(zh: "已保存", en: "saved"))
        let actions = runner.run(.save(edit), in: state(store, at: made))
        guard case .dataChanged(_, let changedTo, let changes)? = actions.first, case .saveFinished(true, "saved", _)? = actions.last,
            actions.count == 2
        else {
            Issue.record("\(actions)")
            return
        }
        #expect(changedTo == revision + 1 && changes == [RecordChange(before: before, after: after)])
        let history = try made.open().history(of: .product, id: "P01")
        #expect(history.first?.revision == revision + 1 && history.first?.user == "alice" && history.first?.reason == "typo")
        #expect(try made.open().data.products[id: "P01"]?.name == "renamed by alice")
    }

    @Test(arguments: StoreBackend.allCases)
    func aSaveOfARecordChangedSinceItsFormOpenedConflictsAndWritesNothing(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        let (before, mine) = try renamed(store, "P01", "alice's name")
        // Bob changes the record after Alice's form opened.
        let bob = try made.open()
        let (_, his) = try renamed(bob, "P01", "bob's name")
        let bobs = try bob.commit(user: "bob") { _ in [.update(from: before, to: his)] }
        let edit = RecordEdit(
            changes: [.init(before: before, after: mine)], reason: nil, conflicts: nil, done: Bilingual(zh: "", en: "saved"))
        let actions = runner.run(.save(edit), in: state(store, at: made))
        guard case .dataChanged(_, let revision, _)? = actions.first, case .saveConflicted(let message)? = actions.last, actions.count == 2
        else {
            Issue.record("\(actions)")
            return
        }
        // The status line's words, the same on both backends.
        #expect(revision == bob.revision)
        #expect(message == "product P01 was changed by bob (revision \(bob.revision), \(bobs[0].time)) since you opened it")
        #expect(try made.open().revision == bob.revision)
        #expect(store.data.products[id: "P01"]?.name == "bob's name")
    }

    @Test(arguments: StoreBackend.allCases)
    func aNewRecordGetsItsIDWhenWrittenPastAnotherMembersAdd(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        // The form opened against this data; its id is provisional.
        var product = try #require(store.data.products.records.first)
        product.name = "alice's new product"
        let edit = RecordEdit(
            changes: [RecordEdit.create(.product(product))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已添加 (new)", en: "added (new)"))
        let expected = store.data.nextID(for: .product)
        // Bob adds a product first: he takes the id Alice's form would have guessed.
        let bob = try made.open()
        var his = product
        his.id = expected
        his.name = "bob's new product"
        try bob.commit(user: "bob") { _ in [.create(.product(his))] }
        let actions = runner.run(.save(edit), in: state(store, at: made))
        let next = bob.data.nextID(for: .product)
        guard case .saveFinished(true, let message, let saved?)? = actions.last else {
            Issue.record("\(actions)")
            return
        }
        #expect(message == "added \(next)" && saved.changes.first?.after?.id == next)
        let data = try made.open().data
        #expect(data.products[id: expected]?.name == "bob's new product")
        #expect(data.products[id: next]?.name == "alice's new product")
    }

    /// The dashboard looks between keys: on a directory the first look reads Bob's lines; on PostgreSQL the look
    /// costs nothing until his notification arrives, within a second.
    @Test(arguments: StoreBackend.allCases)
    func anotherMembersEditsArriveAsTheirChanges(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        #expect(runner.lookForOthersEdits(in: state(store, at: made)).isEmpty)
        let bob = try made.open()
        let (before, after) = try renamed(bob, "P02", "bob's rename")
        try bob.commit(user: "bob") { _ in [.update(from: before, to: after)] }
        let sampling = try #require(bob.data.samplings.first)
        var result = sampling
        result.conclusion = sampling.conclusion == .fail ? .pass : .fail
        try bob.commit(user: "bob") { _ in [.update(from: .sampling(sampling), to: .sampling(result))] }
        let clock = ContinuousClock()
        let start = clock.now
        var actions: [Action] = []
        while actions.isEmpty && clock.now - start < .seconds(1) {
            actions = runner.lookForOthersEdits(in: state(store, at: made))
            if actions.isEmpty { usleep(5_000) }
        }
        guard case .othersChanged(_, let revision, let changes)? = actions.first, actions.count == 1 else {
            Issue.record("\(actions)")
            return
        }
        #expect(revision == bob.revision)
        #expect(
            changes == [RecordChange(before: before, after: after), RecordChange(before: .sampling(sampling), after: .sampling(result))])
        #expect(store.data.products[id: "P02"]?.name == "bob's rename")
        #expect(runner.lookForOthersEdits(in: state(store, at: made)).isEmpty, "nothing new since")
    }

    @Test(arguments: StoreBackend.allCases)
    func theLogEffectReturnsTheRecordsHistoryWithNameAndAccount(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        let (before, after) = try renamed(store, "P01", "renamed")
        try store.commit(user: "Alice Wang", reason: "typo") { _ in [.update(from: before, to: after)] }
        let actions = runner.run(.showLog(LogQuery(kind: .product, id: "P01")), in: state(store, at: made))
        guard case .logLoaded(let title, let entries)? = actions.first, actions.count == 1 else {
            Issue.record("\(actions)")
            return
        }
        #expect(title == ":log product P01")
        let lines = entries.flatMap(\.lines)
        let entry = try #require(try store.history(of: .product, id: "P01").first)
        // The newest entry first: Beijing time, who with the account, the action in words, each field by its label.
        let account = try backend.expectedAccount().name
        #expect(
            lines.first == "#\(store.revision)  \(AuditEntry.beijing(entry.time))  Alice Wang (\(account))  changed product P01", "\(lines)"
        )
        #expect(lines.count > 2 && lines[1].hasPrefix("    name: ") && lines[1].hasSuffix(" → renamed") && lines[2] == "    — typo")
        // Opened, the entry shows the whole record after the edit, every field by its label.
        let detail = try #require(entries.first?.detail)
        #expect(detail.contains("Reason: typo") && detail.contains("The record after this edit"), "\(detail)")
        #expect(detail.contains("    name: renamed") && detail.contains { $0.hasPrefix("    holder: ") }, "\(detail)")
        // The whole journal, narrowed by who.
        let none = runner.run(.showLog(LogQuery(user: "nobody")), in: state(store, at: made))
        guard case .logLoaded(let noneTitle, let noneEntries)? = none.first else {
            Issue.record("\(none)")
            return
        }
        #expect(noneTitle == ":log user nobody" && noneEntries == [LogEntry(lines: ["(no journal entries match)"])])
        let alice = runner.run(.showLog(LogQuery(user: "Alice Wang")), in: state(store, at: made))
        guard case .logLoaded(_, let aliceEntries)? = alice.first else {
            Issue.record("\(alice)")
            return
        }
        #expect(aliceEntries.count == 1)
    }
}
