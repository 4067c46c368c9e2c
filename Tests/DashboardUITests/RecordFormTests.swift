import PilotCore
import Testing

@testable import DashboardUI

@Suite struct RecordFormTests {
    static let kinds: [EntityKind] = [.enterprise, .site, .product, .staff, .inspector]

    /// Each form at 80×24 with a validation message showing and a Chinese value longer than its field.
    @Test(arguments: [Language.zh, .en], kinds)
    func golden(_ language: Language, _ kind: EntityKind) throws {
        var s = UI.state(Size(width: 80, height: 24), language)
        UI.press(&s, .char(":"))
        UI.type(&s, "add \(kind.rawValue)")
        UI.press(&s, .enter)
        let form = try #require(s.form)
        #expect(form.fields.contains { $0.error != nil }, "a blank form shows what is required")
        // Type a long Chinese value into a text field other than the first, whose "required" stays visible.
        let textFields = form.fields.indices.filter { form.fields[$0].kind == .text }
        if let i = textFields.dropFirst().first ?? textFields.first {
            s.form!.focus = i
            UI.type(&s, "这是一个非常非常长的中文名称用来检查字段宽度超出时的显示效果以及滚动是否正确无误啊")
        }
        Golden.expectMatch("form-\(kind.rawValue)-\(language)-80x24", Screen.render(s))
    }

    @Test func creditCodeIsCheckedAsYouType() throws {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "add enterprise")
        UI.press(&s, .enter)
        s.form!.focus = 2
        UI.type(&s, "91350100M000100Y4")
        #expect(s.form![EnterpriseField.creditCode].error == "18 characters, not 17")
        UI.type(&s, "4")
        #expect(s.form![EnterpriseField.creditCode].error == nil && s.form!.notes.contains { $0.contains("should be 3") })
        UI.press(&s, .backspace)
        UI.type(&s, "3")
        #expect(s.form!.info == "credit code check character is correct")
    }

    @Test func addEnterpriseSaves() throws {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "add enterprise")
        UI.press(&s, .enter)
        UI.type(&s, "闽康生物制药有限公司")
        UI.press(&s, .tab, .tab)
        UI.type(&s, "91350100M000100Y43")
        UI.press(&s, .tab)
        // The province by the pinyin initials of 福建省, chosen with Enter; the next Enter saves.
        UI.type(&s, "fjs")
        UI.press(&s, .enter)
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .enterprise(let e)? = edit.changes[0].after else {
            Issue.record("no save: \(String(describing: s.form?.fields.map { ($0.id, $0.error) }))")
            return
        }
        #expect(e.id == RecordEdit.provisionalID && e.name == "闽康生物制药有限公司" && edit.changes[0].before == nil)
        #expect(e.provinceCode == "350000")
        // The id is chosen when it is written: the next free one in the store's data at that moment.
        let written = edit.allocatingIDs(in: UI.data)
        #expect(written.changes[0].after?.id == "E13" && written.done.en == "added E13" && !written.changes[0].allocatesID)
    }

    @Test func productEditAdvanceStageAndDelete() throws {
        var s = UI.state()
        UI.press(&s, .down) // P02
        UI.press(&s, .char("e"))
        #expect(s.form?.title.en == "Edit product P02")
        UI.press(&s, .escape)
        UI.press(&s, .enter, .char(">"))
        #expect(
            s.form?.purpose == .stageStep("P02") && s.form?[StageFormField.stage].text == "enterprise-assessment"
                && s.form?[StageFormField.date].text == "2026-11-22")
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .product(let p)? = edit.changes[0].after else {
            Issue.record("no save")
            return
        }
        #expect(p.stage == .enterpriseAssessment && p.date(of: .enterpriseAssessment) == UI.today && p.steps.last?.by == "tester")
        _ = reduce(&s, .saveFinished(ok: true, message: "ok"))
        // Undo sends the compensating edit; the journal keeps both.
        guard case .save(let undo)? = UI.press(&s, .char("u")).first else {
            Issue.record("no undo")
            return
        }
        #expect(undo.isUndo && undo.changes[0].before == edit.changes[0].after && undo.changes[0].after == edit.changes[0].before)
        _ = reduce(&s, .saveFinished(ok: true, message: "undone"))
        #expect(s.undoHistory.done.isEmpty && UI.press(&s, .char("u")).isEmpty && s.message?.text == "nothing to undo")
        // Another step than the next needs a reason.
        UI.press(&s, .char(">"), .up, .left)
        #expect(s.form?[StageFormField.stage].text == "in-production" && s.form?.info?.contains("a reason is required") == true)
        #expect(UI.press(&s, .enter).isEmpty && s.message?.isError == true)
        UI.press(&s, .tab, .tab)
        UI.type(&s, "entered twice by mistake")
        guard case .save(let again)? = UI.press(&s, .enter).first else {
            Issue.record("no save with a reason")
            return
        }
        #expect(again.reason == "entered twice by mistake")
        UI.press(&s, .escape)
        s.form = nil
        // Going back asks for a reason.
        UI.press(&s, .char("<"))
        guard case .reason(.stageBack(let shown), _)? = s.prompt, shown.id == "P02" else {
            Issue.record("no reason prompt")
            return
        }
        // P02 is referred to by inspections: deleting is refused, saying by what.
        UI.press(&s, .escape, .char("D"))
        #expect(s.prompt == nil && s.message?.text.contains("INS-0002 (inspection)") == true)
    }

    @Test func deletingAnUnusedRecordAsksFirst() {
        var s = UI.state()
        var data = UI.data
        let temporary = Inspector(id: "I99", name: "临时", unit: "某中心", provinceCode: "310000")
        try! data.inspectors.insert(temporary)
        _ = reduce(&s, .dataChanged(data, revision: 2))
        UI.press(&s, .char(":"))
        UI.type(&s, "delete inspector I99")
        UI.press(&s, .enter)
        #expect(s.prompt == .confirm(.delete(.inspector(temporary))))
        guard case .save(let edit)? = UI.press(&s, .char("y")).first else {
            Issue.record("no save")
            return
        }
        #expect(edit.changes[0].after == nil)
    }

    @Test func logShowsTheRecordsTrail() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "log")
        #expect(UI.press(&s, .enter) == [.showLog(LogQuery(kind: .product, id: "P01"))])
        _ = reduce(
            &s, .logLoaded(title: ":log product P01", entries: ["#1 2026-01-01T00:00:00Z tester create"].map { LogEntry(lines: [$0]) }))
        #expect(Screen.render(s).text.contains("#1 2026-01-01T00:00:00Z tester create"))
        UI.press(&s, .escape)
        #expect(s.logView == nil)
    }
}
