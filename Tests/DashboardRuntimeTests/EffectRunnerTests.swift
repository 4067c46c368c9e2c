import Foundation
import PilotCore
import PilotStore
import Testing

@testable import DashboardRuntime
@testable import DashboardUI

/// A fresh store in a temporary directory per test, removed afterwards.
final class TempStore {
    static let today = CivilDate("2026-11-22")!
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "biopilot-runtime-test-" + UUID().uuidString
        _ = try DirectoryStore.create(
            path, data: DemoData.make(today: Self.today, reference: bundledReference), user: "setup", reason: "fixture")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func open() throws -> DirectoryStore { try DirectoryStore.open(path) }

    func state(_ store: DirectoryStore, readOnly: Bool = false) -> AppState {
        AppState(
            model: DashboardModel(data: store.data, revision: store.revision, today: Self.today, reference: bundledReference),
            context: AppContext(storePath: path, user: "alice", readOnly: readOnly),
            size: Size(width: 100, height: 30), language: .en)
    }

    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
}

extension Action {
    var label: String {
        switch self {
        case .dataChanged(_, let revision, _): return "dataChanged r\(revision)"
        case .othersChanged(_, let revision, _): return "othersChanged r\(revision)"
        case .message(let text, let isError): return (isError ? "error: " : "message: ") + text
        case .saveFinished(let ok, let message, _): return "saveFinished \(ok): \(message)"
        case .saveConflicted: return "saveConflicted"
        case .connectionChanged(let lost, let message): return (lost ? "lost: " : "connected: ") + message
        case .logLoaded(let title, _): return "logLoaded \(title)"
        case .exportWouldOverwrite(let request): return "ask to replace \(request.path)"
        case .importFinished(let outcome):
            return (outcome.isError ? "import error: " : "imported: ") + ([outcome.summary] + outcome.problems).joined(separator: " | ")
        case .key, .resize, .mouse: return "\(self)"
        }
    }
}

@Suite struct EffectRunnerTests {
    func renamed(_ store: DirectoryStore, _ id: String, _ name: String) throws -> (before: AnyRecord, after: AnyRecord) {
        let product = try #require(store.data.products[id: id])
        var after = product
        after.name = name
        return (.product(product), .product(after))
    }

    @Test func aSaveWritesOneJournalEntryAndFinishes() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let revision = store.revision
        let (before, after) = try renamed(store, "P01", "renamed by alice")
        let edit = RecordEdit(
            changes: [.init(before: before, after: after)], reason: "typo", conflicts: nil,
            done: Bilingual(zh: "已保存", en: "saved"))
        let actions = runner.run(.save(edit), in: temp.state(store))
        #expect(actions.map(\.label) == ["dataChanged r\(revision + 1)", "saveFinished true: saved"])
        #expect(store.revision == revision + 1)
        let history = try temp.open().history(of: .product, id: "P01")
        #expect(history.count >= 1 && history[0].revision == revision + 1 && history[0].user == "alice" && history[0].reason == "typo")
        #expect(try temp.open().data.products[id: "P01"]?.name == "renamed by alice")
    }

    @Test func aChangeWithNoRecordOnEitherSideWritesNothingInsteadOfStoppingTheDashboard() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let revision = store.revision
        let edit = RecordEdit(
            changes: [.init(before: nil, after: nil)], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已保存", en: "saved"))
        let actions = EffectRunner(store: store, user: "alice").run(.save(edit), in: temp.state(store))
        #expect(!actions.isEmpty)
        #expect(store.revision == revision)
        #expect(try temp.open().revision == revision)
    }

    @Test func aSaveOfARecordChangedSinceItsFormOpenedConflictsAndWritesNothing() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let (before, mine) = try renamed(store, "P01", "alice's name")
        // Bob changes the record after Alice's form opened.
        let bob = try temp.open()
        let (_, his) = try renamed(bob, "P01", "bob's name")
        try bob.commit(user: "bob") { _ in [.update(from: before, to: his)] }
        let revision = bob.revision
        let edit = RecordEdit(
            changes: [.init(before: before, after: mine)], reason: nil, conflicts: nil, done: Bilingual(zh: "", en: "saved"))
        let actions = runner.run(.save(edit), in: temp.state(store))
        #expect(actions.map(\.label) == ["dataChanged r\(revision)", "saveConflicted"])
        #expect(try temp.open().revision == revision)
        #expect(store.data.products[id: "P01"]?.name == "bob's name")
    }

    @Test func aReadOnlyDashboardSavesNothing() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let (before, after) = try renamed(store, "P01", "x")
        let edit = RecordEdit(
            changes: [.init(before: before, after: after)], reason: nil, conflicts: nil, done: Bilingual(zh: "", en: "saved"))
        let actions = EffectRunner(store: store, user: "alice").run(.save(edit), in: temp.state(store, readOnly: true))
        guard case .saveFinished(false, _, nil)? = actions.first, actions.count == 1 else {
            Issue.record("\(actions.map(\.label))")
            return
        }
        #expect(try temp.open().revision == store.revision)
    }

    @Test func aNewRecordGetsItsIDUnderTheLockPastAnotherMembersAdd() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        // The form opened against this data; its id is provisional.
        var product = try #require(store.data.products.records.first)
        product.name = "alice's new product"
        let edit = RecordEdit(
            changes: [RecordEdit.create(.product(product))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已添加 (new)", en: "added (new)"))
        let expected = store.data.nextID(for: .product)
        // Bob adds a product first: he takes the id Alice's form would have guessed.
        let bob = try temp.open()
        var his = product
        his.id = expected
        his.name = "bob's new product"
        try bob.commit(user: "bob") { _ in [.create(.product(his))] }

        let actions = runner.run(.save(edit), in: temp.state(store))
        let next = bob.data.nextID(for: .product)
        #expect(actions.map(\.label) == ["dataChanged r\(bob.revision + 1)", "saveFinished true: added \(next)"])
        let data = try temp.open().data
        #expect(data.products[id: expected]?.name == "bob's new product")
        #expect(data.products[id: next]?.name == "alice's new product")
        if case .saveFinished(_, _, let saved?) = actions.last {
            #expect(saved.changes.first?.after?.id == next)
        } else {
            Issue.record("no saved edit")
        }
    }

    @Test func refreshPicksUpAnotherStoresEdit() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        #expect(runner.lookForOthersEdits(in: temp.state(store)).isEmpty)
        let bob = try temp.open()
        let (before, after) = try renamed(bob, "P02", "bob's rename")
        try bob.commit(user: "bob") { _ in [.update(from: before, to: after)] }
        let actions = runner.lookForOthersEdits(in: temp.state(store))
        #expect(actions.map(\.label) == ["othersChanged r\(bob.revision)"])
        #expect(store.data.products[id: "P02"]?.name == "bob's rename")
    }

    @Test func refreshWhileAnotherMemberHoldsTheLockSaysSoWithoutWaiting() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let path = temp.path
        // Bob's long commit, on another thread with its own Store: it holds the lock until released.
        Thread {
            defer { done.signal() }
            guard let bob = try? DirectoryStore.open(path), let p = bob.data.products[id: "P03"] else { return }
            var after = p
            after.name = "bob's slow rename"
            _ = try? bob.commit(user: "bob") { _ in
                holding.signal()
                release.wait()
                return [.update(from: .product(p), to: .product(after))]
            }
        }.start()
        #expect(holding.wait(timeout: .now() + 10) == .success)

        var state = temp.state(store)
        let started = Date()
        let busy = runner.lookForOthersEdits(in: state)
        #expect(Date().timeIntervalSince(started) < 1)
        guard case .message(let reason, isError: false)? = busy.first, busy.count == 1 else {
            Issue.record("\(busy.map(\.label))")
            release.signal()
            return
        }
        #expect(!reason.isEmpty)
        for action in busy { _ = reduce(&state, action) }
        // Said once, not every second.
        #expect(runner.lookForOthersEdits(in: state).isEmpty)

        release.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        let after = runner.lookForOthersEdits(in: state)
        #expect(after.map(\.label) == ["message: \(Strings.storeFree[.en])", "othersChanged r\(store.revision)"])
        #expect(store.data.products[id: "P03"]?.name == "bob's slow rename")
    }

    @Test func importSamplingsFromACSV() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let revision = store.revision
        let file = temp.write(
            "lab.csv",
            """
            品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目
            P12,原液,"CL-2208-20261101",2026/11/3,山东省食品药品检验研究院,待检,,,"鉴别, 纯度"
            YHM-402 重组融合蛋白注射液,制剂,P08-202611,2026-11-05,四川省药品检验研究院,不符合规定,BG2026-77,2026-11-20,

            """)
        let actions = runner.run(.importSamplings(path: file), in: temp.state(store))
        #expect(actions.count == 2)
        #expect(store.revision > revision)
        #expect(actions.first?.label == "dataChanged r\(store.revision)")
        #expect(actions.last?.label.hasPrefix("imported: \(file) (UTF-8): added 2 samplings") == true)
        let outcome = try #require(actions.last.flatMap { if case .importFinished(let o) = $0 { o } else { nil } })
        // The whole import is one edit: undoing it deletes both new samplings.
        #expect(outcome.written?.changes.count == 2 && outcome.written?.changes.allSatisfy { $0.before == nil } == true)
        #expect(try temp.open().data.samplings.records.contains { $0.batch == "P08-202611" })

        // Bad rows: nothing written; every problem by its line, for the overlay.
        let bad = temp.write("bad.csv", "品种编号,分段,批号,抽样日期,检验机构,检验结论\nP99,原液,B1,2026-11-03,某所,待检\nP01,原液,,2026-13-01,某所,待检\n")
        let refused = runner.run(.importSamplings(path: bad), in: temp.state(store))
        #expect(
            refused.map(\.label) == [
                "import error: \(bad) (UTF-8): nothing imported, 3 problems: | \(bad):line 2: unknown product \"P99\" | "
                    + "\(bad):line 3: no batch number | \(bad):line 3: sampling date \"2026-13-01\" is not a date (YYYY-MM-DD)"
            ])
        #expect(try temp.open().revision == store.revision)

        #expect(
            runner.run(.importSamplings(path: temp.path + "/missing.csv"), in: temp.state(store)).map(\.label)
                == ["import error: \(temp.path)/missing.csv: cannot read the file"])
        #expect(throws: ImportFailure.unreadable(file: "\(temp.path)/missing.csv")) {
            try SamplingImporter.run(file: temp.path + "/missing.csv", store: store, user: "alice", dryRun: false)
        }
    }

    @Test func exportsWriteWholeFilesAndAskBeforeReplacing() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let state = temp.state(store)
        let csv = temp.path + "/out/../samplings.csv"
        let wrote = runner.run(.export(ExportRequest(kind: .csv("samplings"), path: csv)), in: state)
        let rows = store.data.samplings.count
        #expect(wrote.map(\.label) == ["message: wrote \(temp.path)/samplings.csv: \(rows) rows"], "\(wrote.map(\.label))")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: temp.path + "/samplings.csv"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] && text.components(separatedBy: "\r\n").count == rows + 2)
        // The file exists now: the dashboard is asked to confirm, and only a confirmed request replaces it.
        let again = runner.run(.export(ExportRequest(kind: .annualReport(year: 2026), path: temp.path + "/samplings.csv")), in: state)
        #expect(again.map(\.label) == ["ask to replace \(temp.path)/samplings.csv"])
        let json = temp.path + "/annual.json"
        _ = runner.run(.export(ExportRequest(kind: .annualReport(year: 2026), path: json)), in: state)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) is [String: Any])
        let replaced = runner.run(.export(ExportRequest(kind: .ics(inspector: "I01"), path: json, overwrite: true)), in: state)
        #expect(replaced.first?.label.hasPrefix("message: wrote \(json): ") == true)
        #expect(try String(contentsOfFile: json, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        let missing = runner.run(.export(ExportRequest(kind: .csv("products"), path: temp.path + "/no/such/dir/p.csv")), in: state)
        #expect(missing.first?.label.hasPrefix("error: cannot write \(temp.path)/no/such/dir/p.csv: ") == true, "\(missing.map(\.label))")
        // In Chinese the system's reason is in Chinese too, not strerror's English.
        var zh = state
        zh.language = .zh
        let missingZh = runner.run(.export(ExportRequest(kind: .csv("products"), path: temp.path + "/no/such/dir/p.csv")), in: zh)
        let label = try #require(missingZh.first?.label)
        #expect(label.contains("无法写入") && label.contains("文件或目录不存在") && !label.contains("No such file"), "\(label)")
    }

    @Test func importProductsFromACSV() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let before = store.data.products.count
        let file = temp.write(
            "products.csv",
            """
            品种名称,英文名称,类别,一品一策,持有人,持有人统一社会信用代码,持有人所在省份,原液生产企业,原液生产企业统一社会信用代码,原液生产地址,原液生产地址所在省份,制剂生产企业,制剂生产企业统一社会信用代码,制剂生产地址,制剂生产地址所在省份,试点阶段,提出试点申请,省局初步遴选,试点方案及质量监管方案
            闽康重组带状疱疹疫苗,Minkang recombinant zoster vaccine,多联多价疫苗,闽药监试点〔2025〕1号,闽康生物制药有限公司,91350200MA3456789X,福建省,闽康生物制药有限公司,91350200MA3456789X,福建省厦门市海沧区新阳路8号,福建省,苏州澄源生物制造有限公司,,江苏省苏州工业园区星湖街218号,江苏省,试点方案及质量监管方案,2025-03-02,2025-04-01,2025-05-15

            """)
        let actions = runner.run(.importProducts(path: file), in: temp.state(store))
        #expect(actions.count == 2)
        #expect(actions.first?.label == "dataChanged r\(store.revision)")
        #expect(actions.last?.label.hasPrefix("imported: \(file) (UTF-8): added 1 products") == true)
        let data = try temp.open().data
        #expect(data.products.count == before + 1)
        #expect(data.products.records.contains { $0.name == "闽康重组带状疱疹疫苗" })
    }

    @Test func theLogEffectReturnsTheRecordsHistoryWithNameAndAccount() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        let (before, after) = try renamed(store, "P01", "renamed")
        try store.commit(user: "Alice Wang", reason: "typo") { _ in [.update(from: before, to: after)] }
        let actions = runner.run(.showLog(LogQuery(kind: .product, id: "P01")), in: temp.state(store))
        guard case .logLoaded(let title, let entries)? = actions.first, actions.count == 1 else {
            Issue.record("\(actions.map(\.label))")
            return
        }
        #expect(title == ":log product P01")
        let lines = entries.flatMap(\.lines)
        let entry = try #require(try store.history(of: .product, id: "P01").first)
        // The newest entry first: Beijing time, who with the account, the action in words, each field by its label.
        let who = entry.account.map { $0 == "Alice Wang" ? "Alice Wang" : "Alice Wang (\($0))" } ?? "Alice Wang"
        #expect(lines[0] == "#\(store.revision)  \(AuditEntry.beijing(entry.time))  \(who)  changed product P01", "\(lines)")
        #expect(lines[1].hasPrefix("    name: ") && lines[1].hasSuffix(" → renamed"))
        #expect(lines[2] == "    — typo")
        // Opened, the entry shows the whole record after the edit, every field by its label.
        let detail = try #require(entries.first?.detail)
        #expect(detail.contains("Reason: typo") && detail.contains("The record after this edit"), "\(detail)")
        #expect(detail.contains("    name: renamed") && detail.contains { $0.hasPrefix("    holder: ") }, "\(detail)")

        // The whole journal, narrowed by who: nobody wrote as "nobody", and the overlay says so.
        let none = runner.run(.showLog(LogQuery(user: "nobody")), in: temp.state(store))
        guard case .logLoaded(let noneTitle, let noneEntries)? = none.first else {
            Issue.record("\(none.map(\.label))")
            return
        }
        #expect(noneTitle == ":log user nobody" && noneEntries == [LogEntry(lines: ["(no journal entries match)"])])
        let alice = runner.run(.showLog(LogQuery(user: "Alice Wang")), in: temp.state(store))
        guard case .logLoaded(_, let aliceEntries)? = alice.first else {
            Issue.record("\(alice.map(\.label))")
            return
        }
        #expect(aliceEntries.count == 1)
    }

    @Test func aDamagedJournalMakesTheDashboardReadOnlyNamingTheLineAndTheFix() throws {
        let temp = try TempStore()
        let store = try temp.open()
        #expect(EffectRunner(store: store, user: "alice").damage == nil)
        let (before, after) = try renamed(store, "P01", "renamed")
        try store.commit(user: "bob") { _ in [.update(from: before, to: after)] }
        try store.commit(user: "bob") { _ in [.update(from: after, to: before)] }
        // The second-to-last line loses its second half; the last stays.
        let journal = temp.path + "/" + StoreFiles.journalName
        var lines = try #require(FileManager.default.contents(atPath: journal)).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map(Array.init)
        let damagedLine = lines.count - 2 // 1-based number of the line before the last (lines ends with an empty piece)
        lines[damagedLine - 1] = Array(lines[damagedLine - 1].prefix(lines[damagedLine - 1].count / 2))
        _ = FileManager.default.createFile(atPath: journal, contents: Data(Array(lines.joined(separator: [0x0A]))))

        let damaged = try temp.open()
        let runner = EffectRunner(store: damaged, user: "alice")
        let reason = try #require(runner.damage)
        #expect(reason.hasPrefix("\(StoreFiles.journalName) line \(damagedLine) — biopilot doctor --repair — "))
        var state = temp.state(damaged)
        state.context = AppContext(storePath: temp.path, user: "alice", readOnly: false, readOnlyReason: reason)
        let edit = RecordEdit(
            changes: [.init(before: before, after: after)], reason: nil, conflicts: nil, done: Bilingual(zh: "", en: "saved"))
        let revision = damaged.revision
        #expect(runner.run(.save(edit), in: state).map(\.label) == ["saveFinished false: damaged: \(reason)"])
        #expect(damaged.revision == revision)
    }

    @Test func compactRewritesTheSnapshot() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let actions = EffectRunner(store: store, user: "alice").run(.compact, in: temp.state(store))
        #expect(actions.map(\.label) == ["message: \(Strings.compacted[.en]) (r\(store.revision))"])
    }

    /// Saves never rewrite store.json; a quiet moment starts the rewrite on another thread, at the revision the
    /// dashboard has; other members' edits come through the look, as always.
    @Test func aQuietMomentCompactsWhatSavesLeftOffTheMainThread() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
        store.compactionThreshold = 2
        let snapshot = FileManager.default.contents(atPath: temp.path + "/store.json")
        for name in ["one", "two"] {
            let (before, after) = try renamed(store, "P01", name)
            let edit = RecordEdit(
                changes: [.init(before: before, after: after)], reason: nil, conflicts: nil, done: Bilingual(zh: "已保存", en: "saved"))
            #expect(runner.run(.save(edit), in: temp.state(store)).map(\.label).last == "saveFinished true: saved")
        }
        #expect(FileManager.default.contents(atPath: temp.path + "/store.json") == snapshot, "a save never rewrites store.json")
        let ours = store.revision
        let bob = try temp.open()
        let (before, after) = try renamed(bob, "P02", "bob's rename")
        try bob.commit(user: "bob") { _ in [.update(from: before, to: after)] }
        #expect(runner.compactWhenQuiet(in: temp.state(store)).isEmpty, "started, nothing to say yet")
        store.finishCompaction(wait: true)
        #expect(!store.compactionDue)
        let written = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: temp.path + "/store.json")))
        #expect((written as? [String: Any])?["revision"] as? Int == ours)
        #expect(runner.lookForOthersEdits(in: temp.state(store)).map(\.label) == ["othersChanged r\(bob.revision)"])
        #expect(try temp.open().data == store.data, "bob's edit follows the snapshot in the journal")
        #expect(runner.compactWhenQuiet(in: temp.state(store)).isEmpty, "nothing due, nothing done")
    }
}
