import PilotCore
import Testing

@testable import DashboardRuntime
@testable import DashboardUI
@testable import PilotStore

/// Another member's edits and our own saves reach the model as the records they changed, and the model they
/// update equals one built from the store's data.
@Suite struct IncrementalRefreshTests {
    /// What a rebuild derives, compared part by part (the full comparison is in DashboardUITests).
    static func sameAsFullBuild(_ model: DashboardModel, _ store: DirectoryStore) -> Bool {
        let full = DashboardModel(data: store.data, revision: store.revision, today: TempStore.today, reference: bundledReference)
        return model.revision == full.revision && model.index.data == full.index.data
            && model.index.inspectionsByProduct == full.index.inspectionsByProduct
            && model.index.samplingsByProduct == full.index.samplingsByProduct
            && model.index.inspectionsByInspector == full.index.inspectionsByInspector && model.findingsByProduct == full.findingsByProduct
            && model.otherFindings == full.otherFindings && model.rows == full.rows && model.orders == full.orders
            && model.nameOrders == full.nameOrders
            && model.inspectionsByMonth == full.inspectionsByMonth && model.coverage == full.coverage
            && model.samplingRows == full.samplingRows && model.samplingOrders == full.samplingOrders
            && model.samplingSummaries == full.samplingSummaries && model.due.items == full.due.items
    }

    /// Bob's two edits, a sampling's result and a new inspection.
    static func bobEdits(_ bob: DirectoryStore) throws {
        let sampling = try #require(bob.data.samplings.first)
        var result = sampling
        result.conclusion = sampling.conclusion == .fail ? .pass : .fail
        try bob.commit(user: "bob") { _ in [.update(from: .sampling(sampling), to: .sampling(result))] }
        var inspection = try #require(bob.data.inspections.first)
        inspection.id = "INS-BOB1"
        inspection.start = TempStore.today.adding(days: 3)
        inspection.end = TempStore.today.adding(days: 5)
        inspection.status = .planned
        try bob.commit(user: "bob") { _ in [.create(.inspection(inspection))] }
    }

    @Test func anotherMembersEditsArriveAsTheirChangesAndUpdateTheModel() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        var state = temp.state(store)
        let bob = try temp.open()
        try Self.bobEdits(bob)
        let actions = runner.lookForOthersEdits(in: state)
        guard case .othersChanged(_, let revision, let changes)? = actions.first else {
            Issue.record("no othersChanged: \(actions.map(\.label))")
            return
        }
        #expect(revision == bob.revision && changes?.count == 2)
        #expect(changes?.first?.before?.kind == .sampling && changes?.last?.before == nil)
        for action in actions { _ = reduce(&state, action) }
        #expect(Self.sameAsFullBuild(state.model, store))
    }

    @Test func ownSaveCarriesTheEditsCaughtUpWithAndItsOwn() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        var state = temp.state(store)
        let bob = try temp.open()
        try Self.bobEdits(bob)
        let product = try #require(store.data.products.first)
        var renamed = product
        renamed.name = "alice 改名"
        let edit = RecordEdit(
            changes: [.init(before: .product(product), after: .product(renamed))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已保存", en: "saved"))
        let actions = runner.run(.save(edit), in: state)
        guard case .dataChanged(_, let revision, let changes)? = actions.first else {
            Issue.record("no dataChanged: \(actions.map(\.label))")
            return
        }
        // Bob's two lines caught up inside the commit, then ours.
        #expect(revision == store.revision && changes?.count == 3 && changes?.last?.after == .product(renamed))
        for action in actions { _ = reduce(&state, action) }
        #expect(Self.sameAsFullBuild(state.model, store))
        #expect(state.model.rows.contains { $0.product.name == "alice 改名" })
    }

    @Test func aRepairLineMakesTheModelRebuild() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let bob = try temp.open()
        try bob.appendRepairNote(user: "bob", reason: "set a torn line aside")
        let actions = runner.lookForOthersEdits(in: temp.state(store))
        guard case .othersChanged(_, _, let changes)? = actions.first else {
            Issue.record("no othersChanged: \(actions.map(\.label))")
            return
        }
        #expect(changes == nil)
    }
}
