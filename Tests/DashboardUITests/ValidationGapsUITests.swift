import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 13 in the dashboard: the record checks beside their fields, a past start asked once, moves onto a
/// holiday asking a reason as `a` does, a product deleted with a reason, a sampling voided (never deleted), and
/// dates typed as imports write them.
@Suite struct ValidationGapsUITests {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// The calendar on `today`, with INS-0021 (P08, planned) moved to one day.
    func calendar(today: CivilDate, ins21On day: CivilDate) -> AppState {
        var data = UI.data
        var i = data.inspections[id: "INS-0021"]!
        i.start = day
        i.end = day
        data.inspections.upsert(i)
        var s = AppState(
            model: DashboardModel(data: data, revision: 1, today: today, reference: bundledReference),
            context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false),
            size: Size(width: 100, height: 30), language: .en)
        UI.press(&s, .char("2"))
        s.calendar.selected = day
        s.calendar.agendaIndex = Agenda.listing(s).items.firstIndex { $0.id == "INS-0021" } ?? 0
        return s
    }

    @Test func movingOntoAHolidayAsksAReasonAsSchedulingDoes() throws {
        // 2026-09-30 is a Wednesday; 2026-10-01 is National Day.
        var s = calendar(today: CivilDate("2026-09-01")!, ins21On: CivilDate("2026-09-30")!)
        #expect(UI.press(&s, .char(">")).isEmpty)
        guard case .reason(.saveDespiteConflicts, _)? = s.prompt else { throw Failure("no reason asked: \(String(describing: s.prompt))") }
        // The edit form with the new dates is under the question, its conflict beside the date.
        let form = try #require(s.form)
        #expect(form.purpose == .editInspection("INS-0021") && form[InspectionFormField.start].text == "2026-10-01")
        #expect(form.notes.contains { $0.contains("2026-10-01") })
        UI.type(&s, "企业要求")
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .inspection(let moved)? = edit.changes[0].after else {
            throw Failure("no save")
        }
        #expect(moved.start == CivilDate("2026-10-01") && edit.reason == "企业要求" && edit.conflicts?.isEmpty == false)
        // The before-state is the inspection as it was, on 2026-09-30.
        guard case .inspection(let before)? = edit.changes[0].before else { throw Failure("no before-state") }
        #expect(before.start == CivilDate("2026-09-30") && before.id == "INS-0021")

        // `<` onto the same holiday from the day after asks the same way.
        var back = calendar(today: CivilDate("2026-09-01")!, ins21On: CivilDate("2026-10-02")!)
        #expect(UI.press(&back, .char("<")).isEmpty)
        guard case .reason(.saveDespiteConflicts, _)? = back.prompt else { throw Failure("< onto 2026-10-01 asked nothing") }

        // Onto a plain working day, a move saves at once, as before.
        var plain = calendar(today: CivilDate("2026-09-01")!, ins21On: CivilDate("2026-09-28")!)
        guard case .save(let quick)? = UI.press(&plain, .char(">")).first else { throw Failure("a plain move did not save") }
        #expect(quick.conflicts == nil && plain.form == nil)
    }

    @Test func schedulingInThePastAsksOnceThenSaves() throws {
        var s = UI.state()
        UI.press(&s, .char("2"))
        s.calendar.selected = CivilDate("2026-11-18")! // a Wednesday before today (2026-11-22)
        UI.press(&s, .char("a"))
        let form = try #require(s.form)
        #expect(form.notes.contains("the start, 2026-11-18, is in the past"))
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.prompt == .confirm(.saveStartingInPast(CivilDate("2026-11-18")!)))
        #expect(Screen.render(s).text.contains("The start, 2026-11-18, is in the past. Record it anyway?"))
        let effects = UI.press(&s, .char("y"))
        // Saved, or (with a conflict of the day) the reason asked next; never the same question twice.
        if case .save(let edit)? = effects.first, case .inspection(let added)? = edit.changes[0].after {
            #expect(added.start == CivilDate("2026-11-18"))
        } else {
            guard case .reason(.saveDespiteConflicts, _)? = s.prompt else { throw Failure("neither saved nor asked a reason") }
        }
        // `n` keeps the form open, unsaved.
        var t = UI.state()
        UI.press(&t, .char("2"))
        t.calendar.selected = CivilDate("2026-11-18")!
        UI.press(&t, .char("a"), .enter)
        #expect(UI.press(&t, .char("n")).isEmpty && t.form != nil && t.prompt == nil)
    }

    @Test func aRectificationReportBeforeTheEndIsRefused() throws {
        var s = CalendarTests().select("INS-0017") // P03, completed with an open rectification
        let inspection = try #require(UI.data.inspections[id: "INS-0017"])
        UI.press(&s, .char("c"))
        for _ in 0..<10 { UI.press(&s, .backspace) }
        UI.type(&s, inspection.end.adding(days: -1).description)
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.message?.text == "report received \(inspection.end.adding(days: -1)), before the inspection ended (\(inspection.end))")
        #expect(s.prompt != nil)
    }

    @Test func theSamplingFormRefusesAReportBeforeReceipt() throws {
        var s = UI.state()
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0015", detail: false)
        UI.press(&s, .char("e"))
        var form = try #require(s.form)
        form[SamplingFormField.receivedOn].input = TextInput("2026/11/20")
        form[SamplingFormField.reportDate].input = TextInput("11-19")
        form[SamplingFormField.reportNo].input = TextInput("BG-1")
        form[SamplingFormField.conclusion].input = TextInput("pass")
        form[SamplingFormField.sampledOn].input = TextInput("2026年11月18日")
        SamplingForms.validate(&form, state: s)
        #expect(form[SamplingFormField.sampledOn].error == nil && form[SamplingFormField.receivedOn].error == nil)
        #expect(form[SamplingFormField.reportDate].error == "report date 2026-11-19 is before the lab received the sample (2026-11-20)")
        s.form = form
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.form?[SamplingFormField.reportDate].text == "2026-11-19", "the date understood, in ISO form, on save")
    }

    @Test func formDatesAreReadAsImportsReadThemAndShownInISO() throws {
        var s = UI.state()
        UI.press(&s, .char("2"))
        UI.press(&s, .char("a"))
        var form = try #require(s.form)
        form.focus(on: InspectionFormField.start)
        s.form = form
        for _ in 0..<10 { UI.press(&s, .backspace) }
        UI.type(&s, "12-8")
        #expect(s.form?[InspectionFormField.start].error == nil)
        UI.press(&s, .tab)
        #expect(s.form?[InspectionFormField.start].text == "2026-12-08")
        for _ in 0..<10 { UI.press(&s, .backspace) }
        UI.type(&s, "2026/2/30")
        #expect(s.form?[InspectionFormField.end].error == "2026/2/30: February 2026 has 28 days")
        UI.press(&s, .tab)
        #expect(s.form?[InspectionFormField.end].text == "2026/2/30", "a bad date stays as typed")
    }

    @Test func deletingAProductAsksAReasonKeptInTheJournal() throws {
        var s = UI.state()
        var data = UI.data
        try data.products.insert(PilotProduct(id: "P99", name: "待删品种", type: .antibody, holderId: "E01", segments: []))
        _ = reduce(&s, .dataChanged(data, revision: 2))
        UI.press(&s, .char(":"))
        UI.type(&s, "delete product P99")
        #expect(UI.press(&s, .enter).isEmpty)
        guard case .reason(.delete(let p), _)? = s.prompt, p.id == "P99" else { throw Failure("no reason asked") }
        #expect(UI.press(&s, .enter).isEmpty && s.message?.text == "a reason is required")
        UI.type(&s, "重复录入")
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no delete") }
        #expect(edit.reason == "重复录入" && edit.changes[0].after == nil && edit.changes[0].before?.id == "P99")
    }

    @Test func aSamplingIsVoidedWithAReasonNeverDeleted() throws {
        var s = UI.state()
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0018", detail: false)
        let original = try #require(UI.data.samplings[id: "SMP-0018"])
        UI.press(&s, .char("D"))
        guard case .reason(.voidSampling(let shown), _)? = s.prompt, shown == original else { throw Failure("no reason asked") }
        UI.type(&s, "录错品种")
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .sampling(let voided)? = edit.changes[0].after else {
            throw Failure("no save")
        }
        // One edit: the same record, marked; the reason in the journal entry and on the record.
        #expect(edit.changes.count == 1 && edit.changes[0].before == .sampling(original) && edit.reason == "录错品种")
        #expect(voided.voided == SamplingVoid(date: UI.today, reason: "录错品种") && voided.batch == original.batch)
        // Shown dimmed, with the word and the reason, in the list and the detail; counted nowhere.
        var data = UI.data
        data.samplings.upsert(voided)
        _ = reduce(&s, .dataChanged(data, revision: 2))
        _ = reduce(&s, .saveFinished(ok: true, message: "saved", saved: edit))
        let grid = Screen.render(s)
        let row = try #require((0..<grid.height).first { grid.line($0).contains("voided") && grid.line($0).contains("录错品种") })
        #expect(!grid.line(row).contains("+19 wd"))
        #expect(grid.text.contains("Voided 2026-11-22 录错品种"))
        #expect(!s.model.index.samplings(of: original.productId).contains { $0.id == "SMP-0018" })
        // `u` takes the void back like any edit.
        guard case .save(let undo)? = UI.press(&s, .char("u")).first else { throw Failure("no undo") }
        #expect(undo.changes.first?.after == .sampling(original))
    }

    @Test func voidedSamplingsGolden() throws {
        for language in [Language.zh, .en] {
            var s = UI.state(Size(width: 80, height: 24), language)
            var data = UI.data
            var v = try #require(data.samplings[id: "SMP-0018"])
            v.voided = SamplingVoid(date: UI.today, reason: "录错品种，应为 P10")
            data.samplings.upsert(v)
            _ = reduce(&s, .dataChanged(data, revision: 2))
            try RenderState.prepare(&s, pane: .sampling, select: "SMP-0018", detail: false)
            Golden.expectMatch("sampling-voided-\(language)-80x24", Screen.render(s))
        }
    }
}
