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
        case .journalDamaged(let reason): return "damaged: " + reason
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

/// Saves, conflicts, new ids, other members' edits and `:log` against the store run on both backends in
/// StoreContractTests (RuntimeContractTests.swift), and so do imports; here, a held lock, damage and compaction
/// (a store directory's), a read-only dashboard, exports and an unreadable import file.
@Suite struct EffectRunnerTests {
    func renamed(_ store: DirectoryStore, _ id: String, _ name: String) throws -> (before: AnyRecord, after: AnyRecord) {
        let product = try #require(store.data.products[id: id])
        var after = product
        after.name = name
        return (.product(product), .product(after))
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

    /// Imports that write run on both backends (StoreContractTests); a file that cannot be read never reaches a store.
    @Test func anImportOfAMissingFileSaysSo() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let runner = EffectRunner(store: store, user: "alice")
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
