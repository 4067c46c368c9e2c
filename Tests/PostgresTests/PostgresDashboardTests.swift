import DashboardRuntime
import Foundation
import PilotCore
import PilotPostgres
import PilotStore
import PostgresSupport
import Testing

@testable import DashboardUI

/// Dashboards on one PostgreSQL store (issue 16): another member's edit arrives by notification, a lost connection
/// is said once and refuses saves with the form kept until the store reconnects and catches up, a province's
/// refusal names the provinces, and no update is lost.
extension PostgresTests {
    @Test func anotherMembersEditReachesTheDashboardAtTheNextLook() throws {
        let demo = try PostgresDashboard("dashfollow")
        let alice = try demo.member("alice")
        let bob = try demo.member("bob")
        #expect(alice.look().isEmpty, "nothing announced, nothing read")
        var product = try #require(bob.store.data.products[id: "P02"])
        let before = product
        product.name = "bob's rename"
        let clock = ContinuousClock()
        let saved = clock.now
        try bob.store.commit(user: "bob") { _ in [.update(from: .product(before), to: .product(product))] }
        // The terminal loop looks at every input timeout (250 ms) on a notified store.
        let (actions, after) = alice.lookUntilSomething()
        let delay = clock.now - saved
        #expect(actions.map(\.label) == ["othersChanged r\(bob.store.revision)"])
        #expect(after < .milliseconds(500) && delay < .seconds(1), "\(delay)")
        #expect(alice.state.model.revision == bob.store.revision)
        #expect(alice.state.model.index.data.products[id: "P02"]?.name == "bob's rename")
        #expect(alice.statusLine.contains(Strings.reloaded[.en]), "\(alice.statusLine)")
    }

    @Test func aLostConnectionIsSaidOnceRefusesTheSaveKeepingTheFormAndTheReconnectionCatchesUp() throws {
        let demo = try PostgresDashboard("dashlost")
        let alice = try demo.member("alice")
        try alice.editSampling("SMP-0017")
        alice.state.form!.focus(on: SamplingFormField.items)
        alice.type("、细菌内毒素")

        try demo.dropConnections()
        // The server's farewell and the closed socket may arrive apart: a look or two (each tick, 250 ms) finds it.
        let (lost, noticed) = alice.lookUntilSomething()
        #expect(noticed < .seconds(1))
        #expect(
            lost.count == 1 && lost.first?.label.hasPrefix("lost: connection to the store lost: saves are refused") == true
                && lost.first?.label.contains("host 127.0.0.1, port \(demo.database.cluster.port)") == true
                && lost.first?.label.hasSuffix("(the server said: terminating connection due to administrator command)") == true,
            "\(lost.map(\.label))")
        #expect(alice.state.context.connectionLost != nil && alice.statusLine.contains(" │ offline"), "\(alice.statusLine)")
        // Said once: the looks that follow, while the store waits to reconnect, add nothing.
        #expect(alice.look().isEmpty && alice.look().isEmpty)

        let refused = alice.press(.enter)
        let refusal = try #require(refused.last?.label)
        #expect(refusal.hasPrefix("saveFinished false: not saved: no connection to the store; the form keeps your edit"), "\(refusal)")
        #expect(refusal.contains("the connection to PostgreSQL at \(alice.store.location) was lost; the next attempt"), "\(refusal)")
        #expect(alice.state.form != nil, "the form stays open")
        #expect(alice.state.form?[SamplingFormField.items].text.hasSuffix("、细菌内毒素") == true)
        #expect(alice.state.message?.isError == true && alice.statusLine.contains("offline"))

        // Meanwhile bob (connected afresh) records a result for another sampling.
        let bob = try demo.member("bob")
        var other = try #require(bob.store.data.samplings[id: "SMP-0016"])
        let otherBefore = other
        other.reportNo = "BG-BOB-016"
        try bob.store.commit(user: "bob") { _ in [.update(from: .sampling(otherBefore), to: .sampling(other))] }

        // The store tries again after a pause (1 s after the first failure); the attempt goes on over the next looks,
        // none waiting for the server, and the look that makes the connection catches up.
        Thread.sleep(forTimeInterval: 1.1)
        let (back, _) = alice.lookUntilSomething()
        #expect(
            back.map(\.label) == ["connected: connected again: \(alice.store.location)", "othersChanged r\(bob.store.revision)"],
            "\(back.map(\.label))")
        #expect(alice.state.context.connectionLost == nil && !alice.statusLine.contains("offline"), "\(alice.statusLine)")
        #expect(alice.state.model.index.data.samplings[id: "SMP-0016"]?.reportNo == "BG-BOB-016")

        // The kept form saves now.
        let saved = alice.press(.enter)
        #expect(saved.last?.label == "saveFinished true: updated sampling SMP-0017", "\(saved.map(\.label))")
        #expect(alice.state.form == nil)
        let reopened = try PostgresStore.open(demo.url)
        #expect(reopened.data.samplings[id: "SMP-0017"]?.testItems?.hasSuffix("、细菌内毒素") == true)
        #expect(reopened.data.samplings[id: "SMP-0016"]?.reportNo == "BG-BOB-016")
    }

    @Test func theLossShownWholeOverTheScreenGoesWhenTheConnectionIsBack() throws {
        let demo = try PostgresDashboard("dashlostnotice")
        let alice = try demo.member("alice")
        alice.state.size = Size(width: 80, height: 24)
        try demo.dropConnections()
        let (lost, _) = alice.lookUntilSomething()
        #expect(lost.count == 1)
        // No form open and the line cuts the message: it is shown whole until a key, or until the connection is back.
        guard case .notice(let shown)? = alice.state.overlay(.notice) else {
            Issue.record("no notice: \(alice.state.overlays)")
            return
        }
        #expect(shown.text == alice.state.context.connectionLost)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(alice.lookUntilSomething().actions.first?.label.hasPrefix("connected: ") == true)
        #expect(alice.state.overlay(.notice) == nil && alice.state.context.connectionLost == nil)
        #expect(alice.statusLine.contains("connected again") && !alice.statusLine.contains("offline"), "\(alice.statusLine)")
    }

    @Test func aSaveThatFindsTheConnectionLostSaysSoOnceAndInChinese() throws {
        let demo = try PostgresDashboard("dashlostzh")
        let alice = try demo.member("alice", language: .zh)
        try alice.editSampling("SMP-0017")
        alice.state.form!.focus(on: SamplingFormField.items)
        alice.type("、无菌")
        try demo.dropConnections()
        // No look came first: the save finds the connection gone.
        let refused = alice.press(.enter).map(\.label)
        #expect(refused.count == 3 && refused.first?.hasPrefix("lost: 与数据库的连接已断开：恢复前不能保存") == true, "\(refused)")
        #expect(refused.last?.hasPrefix("saveFinished false: 未保存：与数据库的连接已断开，表单内容已保留") == true, "\(refused)")
        #expect(alice.state.form != nil && alice.statusLine.contains("数据库未连接"), "\(alice.statusLine)")
        #expect(alice.look().isEmpty, "already said")
    }

    @Test func aProvincesRefusalNamesTheProvincesInTheStatusLineInBothLanguages() throws {
        let shanghai = PostgresSample.shanghai
        let database = try PostgresTestDatabase("dashprovince", provinces: [shanghai, PostgresSample.jiangsu])
        try database.journal().append(user: "admin", PostgresSample.creating(PostgresSample.records))
        let role = try database.cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)])
        let store = try PostgresStore.open(database.cluster.url(user: role, database: database.name))
        let runner = EffectRunner(store: store, user: "上海检查员")
        // Jiangsu's own product, which Shanghai can neither see nor write; the new inspection is numbered INS-0001.
        let edit = RecordEdit(
            changes: [RecordEdit.create(PostgresSample.inspection("I02", product: "P03", site: "S02"))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已保存", en: "saved"))
        for (language, expected) in [
            (Language.en, "province 310000 may not write inspection INS-0001, which belongs to province 320000 (\(store.location))"),
            (.zh, "省份 310000 无权写入检查 INS-0001：该记录属于省份 320000（\(store.location)）"),
        ] {
            let state = AppState(
                model: DashboardModel(
                    data: store.data, revision: store.revision, today: PostgresDashboard.today, reference: PostgresDashboard.reference),
                context: AppContext(storePath: store.location, user: "上海检查员", readOnly: false), size: Size(width: 160, height: 30),
                language: language)
            let actions = runner.run(.save(edit), in: state)
            #expect(actions.last?.label == "saveFinished false: \(expected)", "\(actions.map(\.label))")
            let member = Member(store: store, runner: runner, state: state)
            for action in actions { _ = reduce(&member.state, action) }
            // The reason leads, so the provinces are on the line even where the store's address is cut.
            #expect(member.statusLine.contains(String(expected.prefix(40))), "\(member.statusLine)")
        }
        #expect(store.data.inspections.isEmpty && store.revision == 7)
    }

    @Test func aLookThatCannotReadWhatWasAnnouncedSaysSoOnceAndReadsItOnceItMay() throws {
        let shanghai = PostgresSample.shanghai
        let database = try PostgresTestDatabase("dashrevoked", provinces: [shanghai])
        let admin = try database.journal()
        try admin.append(user: "admin", PostgresSample.creating(Array(PostgresSample.records.prefix(1))))
        let role = try database.cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)])
        let store = try PostgresStore.open(database.cluster.url(user: role, database: database.name))
        let member = Member(
            store: store, runner: EffectRunner(store: store, user: "上海检查员"),
            state: AppState(
                model: DashboardModel(
                    data: store.data, revision: store.revision, today: PostgresDashboard.today, reference: PostgresDashboard.reference),
                context: AppContext(storePath: store.location, user: "上海检查员", readOnly: false), size: Size(width: 160, height: 30),
                language: .en))
        try admin.append(user: "admin", PostgresSample.creating([PostgresSample.setting("deadline.labReport", "20")]))
        let provinceRole = PostgresSchema.provinceRole(shanghai)
        try admin.connection.execute("REVOKE \(provinceRole) FROM \(role)")
        let (refused, _) = member.lookUntilSomething()
        #expect(refused.map(\.label) == ["error: permission denied for schema biopilot (\(store.location))"], "\(refused.map(\.label))")
        #expect(member.look().isEmpty && member.look().isEmpty, "said once")
        // Allowed again: the next look reads what was announced, with no further notification.
        try admin.connection.execute("GRANT \(provinceRole) TO \(role)")
        #expect(member.look().map(\.label) == ["othersChanged r2"])
        #expect(member.state.model.index.data.settings[id: "deadline.labReport"]?.value == "20")
    }

    /// The integrity issue's lost update on PostgreSQL: alice records a failed result for SMP-0017 while bob's form
    /// for it is open; bob's save is refused and shows both versions; whatever he chooses, alice's "fail" stays.
    @Test(arguments: ["t", "m", "e"])
    func twoDashboardsEditTheSameSamplingAndNothingIsLost(_ choice: Character) throws {
        let demo = try PostgresDashboard("dashlostupdate")
        let alice = try demo.member("alice")
        let bob = try demo.member("bob")
        try bob.editSampling("SMP-0017")
        let items = try #require(bob.store.data.samplings[id: "SMP-0017"]).testItems ?? ""

        let opened = try #require(alice.store.data.samplings[id: "SMP-0017"])
        var result = opened
        result.reportNo = "BG-ALICE-001"
        result.reportDate = CivilDate("2026-11-20")!
        result.conclusion = .fail
        let edit = RecordEdit(
            changes: [.init(before: .sampling(opened), after: .sampling(result))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已保存", en: "saved"))
        #expect(alice.runner.run(.save(edit), in: alice.state).last?.label == "saveFinished true: saved")

        bob.state.form!.focus(on: SamplingFormField.items)
        bob.type("、细菌内毒素")
        let refused = bob.press(.enter)
        #expect(refused.map(\.label) == ["dataChanged r\(alice.store.revision)", "saveConflicted"], "\(refused.map(\.label))")
        #expect(bob.state.conflict != nil, "both versions shown")
        bob.press(.char(choice))
        if choice == "e" {
            // Their version plus his change, in the form again: he saves it.
            #expect(bob.state.form?[SamplingFormField.reportNo].text == "BG-ALICE-001")
            #expect(bob.press(.enter).last?.label.hasPrefix("saveFinished true: updated sampling SMP-0017") == true)
        }
        let saved = try #require(try PostgresStore.open(demo.url).data.samplings[id: "SMP-0017"])
        #expect(saved.conclusion == .fail && saved.reportNo == "BG-ALICE-001")
        #expect((saved.testItems ?? "") == (choice == "t" ? items : items + "、细菌内毒素"))
        let revisions = try PostgresStore.open(demo.url).revision
        #expect(revisions == alice.store.revision + (choice == "t" ? 0 : 1))
    }
}
