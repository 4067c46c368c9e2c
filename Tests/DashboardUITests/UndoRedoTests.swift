import PilotCore
import Testing

@testable import DashboardUI

/// `u` takes back the user's own saves one by one, an import as one unit; `U` puts back what was undone;
/// `:undo-list` shows both; a refused undo is kept to try again.
@Suite struct UndoRedoTests {
    /// A save of a renamed product, as the runtime confirms it.
    func renamed(_ s: inout AppState, _ id: String, _ name: String) throws -> RecordEdit {
        let before = try #require(s.model.index.data.products[id: id])
        var after = before
        after.name = name
        let edit = RecordEdit(
            changes: [.init(before: .product(before), after: .product(after))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "已修改 \(id)", en: "updated \(id)"))
        _ = reduce(&s, .saveFinished(ok: true, message: "saved", saved: edit))
        return edit
    }

    /// An import of two new samplings, as the runtime reports it.
    func imported(_ s: inout AppState) throws -> RecordEdit {
        let template = try #require(s.model.index.data.samplings.records.first)
        let rows = ["SMP-9001", "SMP-9002"].map { id -> AnyRecord in
            var row = template
            row.id = id
            return .sampling(row)
        }
        let edit = RecordEdit(
            changes: rows.map { .init(before: nil, after: $0) }, reason: nil, conflicts: nil,
            done: Bilingual(zh: "lab.csv：已新增抽检 2 条", en: "lab.csv: added 2 samplings"))
        _ = reduce(&s, .importFinished(ImportOutcome(summary: "lab.csv: added 2 samplings", isError: false, written: edit)))
        return edit
    }

    @Test func uAfterAnImportUndoesTheWholeImportNotAnOlderChange() throws {
        var s = UI.state()
        _ = try renamed(&s, "P03", "older change")
        let edit = try imported(&s)
        guard case .save(let undo)? = UI.press(&s, .char("u")).first else { throw UndoFailure("no undo") }
        // Both new samplings deleted in one edit; the older rename untouched.
        #expect(undo.changes.count == 2 && undo.changes.allSatisfy { $0.after == nil })
        #expect(Set(undo.changes.compactMap { $0.before?.id }) == Set(edit.changes.compactMap { $0.after?.id }))
        #expect(undo.isUndo && undo.done.en == "undone: lab.csv: added 2 samplings")
    }

    @Test func redoPutsBackWhatWasUndoneAndANewEditEndsIt() throws {
        var s = UI.state()
        let edit = try renamed(&s, "P03", "renamed")
        #expect(UI.press(&s, .char("U")).isEmpty && s.message?.text == "nothing to redo")
        UI.press(&s, .char("u"))
        _ = reduce(&s, .saveFinished(ok: true, message: "undone"))
        #expect(s.undoHistory.done.isEmpty && s.undoHistory.undone == [edit])
        guard case .save(let redo)? = UI.press(&s, .char("U")).first else { throw UndoFailure("no redo") }
        #expect(redo.origin == .redo && redo.changes == edit.changes)
        _ = reduce(&s, .saveFinished(ok: true, message: "redone"))
        #expect(s.undoHistory.done == [edit] && s.undoHistory.undone.isEmpty)
        // Undo again, then a new edit: nothing is left to redo.
        UI.press(&s, .char("u"))
        _ = reduce(&s, .saveFinished(ok: true, message: "undone"))
        _ = try renamed(&s, "P04", "something else")
        #expect(s.undoHistory.undone.isEmpty && UI.press(&s, .char("U")).isEmpty)
    }

    @Test func aRefusedUndoIsKeptToTryAgain() throws {
        var s = UI.state()
        let edit = try renamed(&s, "P03", "renamed")
        UI.press(&s, .char("u"))
        _ = reduce(&s, .saveFinished(ok: false, message: "the store is locked"))
        #expect(s.undoHistory.done == [edit])
        guard case .save(let again)? = UI.press(&s, .char("u")).first else { throw UndoFailure("undo lost after a refusal") }
        #expect(again == edit.inverse)
    }

    @Test func undoListShowsWhatUAndUWouldDo() throws {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        _ = try renamed(&s, "P03", "renamed")
        _ = try imported(&s)
        UI.press(&s, .char(":"))
        UI.type(&s, "undo-list")
        UI.press(&s, .enter)
        let log = try #require(s.logView)
        #expect(log.title == "撤销与重做（本次会话）")
        #expect(Array(log.lines.prefix(3)) == ["可撤销（u），最近的在前：", "  1. lab.csv：已新增抽检 2 条（2 条记录）", "  2. 已修改 P03（1 条记录）"])
        #expect(log.lines.suffix(2) == ["可重做（U）：", "  没有可重做的修改"])
    }

    @Test func importProblemsOpenAnOverlayListingEveryLine() throws {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        let problems = (2...40).map { "lab.csv:第 \($0) 行：缺少批号" }
        _ = reduce(&s, .importFinished(ImportOutcome(summary: "lab.csv（UTF-8）：未导入任何记录，39 个问题：", problems: problems, isError: true)))
        let log = try #require(s.logView)
        #expect(log.title == "导入结果" && log.lines.count == 41 && log.lines.last == "lab.csv:第 40 行：缺少批号")
        #expect(s.message?.isError == true && s.undoHistory.done.isEmpty)
        #expect(Screen.render(s).text.contains("第 2 行：缺少批号"))
    }
}

struct UndoFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `:export` and `:report` reach every export of the command line; an existing file is replaced only on yes.
@Suite struct ExportCommandTests {
    func run(_ s: inout AppState, _ line: String) -> [Effect] {
        UI.press(&s, .char(":"))
        UI.type(&s, line)
        return UI.press(&s, .enter)
    }

    @Test func everyExportHasACommand() {
        var s = UI.state()
        #expect(run(&s, "export csv samplings out.csv") == [.export(ExportRequest(kind: .csv("samplings"), path: "out.csv"))])
        #expect(run(&s, "export ics ~/i.ics --inspector I03") == [.export(ExportRequest(kind: .ics(inspector: "I03"), path: "~/i.ics"))])
        #expect(run(&s, "report annual r.md") == [.export(ExportRequest(kind: .annualReport(year: 2026), path: "r.md"))])
        #expect(run(&s, "report sampling r.csv 2025") == [.export(ExportRequest(kind: .samplingReport(year: 2025), path: "r.csv"))])
        #expect(run(&s, "report summary s.md") == [.export(ExportRequest(kind: .summaryReport, path: "s.md"))])
        #expect(run(&s, "export csv staff x.csv").isEmpty && s.message?.text.hasPrefix("usage: :export ics PATH") == true)
    }

    @Test func replacingAFileAsksFirst() {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        let request = ExportRequest(kind: .csv("products"), path: "/tmp/p.csv")
        _ = reduce(&s, .exportWouldOverwrite(request))
        #expect(Screen.render(s).text.contains("/tmp/p.csv 已存在，覆盖？"))
        #expect(UI.press(&s, .char("n")).isEmpty && s.prompt == nil)
        _ = reduce(&s, .exportWouldOverwrite(request))
        #expect(UI.press(&s, .char("y")) == [.export(ExportRequest(kind: .csv("products"), path: "/tmp/p.csv", overwrite: true))])
    }
}
