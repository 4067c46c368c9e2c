import PilotCore
import Testing

@testable import DashboardUI

@Suite struct SamplingPaneTests {
    func samplingState(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) -> AppState {
        var s = UI.state(size, language)
        UI.press(&s, .char("3"))
        return s
    }

    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func golden(_ language: Language, _ size: Size) throws {
        var s = UI.state(size, language)
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0015", detail: false)
        Golden.expectMatch("sampling-\(language)-\(size.width)x\(size.height)", Screen.render(s))
    }

    @Test func failedAndOverdueStandOut() throws {
        var s = samplingState()
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0018", detail: false) // P09, pending past its deadline
        let grid = Screen.render(s)
        let text = grid.text
        #expect(text.contains("+19 wd") && text.contains("19 working days overdue"))
        let failRow = (0..<grid.height).first { grid.line($0).contains("P07-202609") }!
        #expect((0..<grid.width).contains { grid[$0, failRow].style.role == .error && grid[$0, failRow].text == "f" })
    }

    /// Lateness is counted in working days and says so in words (逾期20日 would read as calendar days), without
    /// pushing the segment out of the table beside the detail panel.
    @Test func lateResultsSayWorkingDaysInChinese() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var s = samplingState(size, .zh)
            try RenderState.prepare(&s, pane: .sampling, select: "SMP-0018", detail: false)
            let text = Screen.render(s).text
            #expect(text.contains("逾期19个工作日") && text.contains("在检10个工作日") && !text.contains("逾19"))
            // Line 1 says which list this is (supervisory samplings, `w` for commissioned testing); the header follows.
            #expect(Screen.render(s).line(2).contains("分段"), "\(size)")
        }
    }

    @Test func filterSortAndSummary() {
        var s = samplingState()
        UI.press(&s, .char("/"))
        UI.type(&s, "fail")
        #expect(s.sampling.visible.map { s.model.samplingRows[$0].sampling.id }.sorted() == ["SMP-0009", "SMP-0015"])
        UI.press(&s, .escape, .char("/"))
        UI.type(&s, "2024")
        #expect(s.sampling.visible.isEmpty)
        UI.press(&s, .escape, .char("/"))
        UI.type(&s, "浙江省食品")
        // Three samplings; the commissioned test at that lab is in the other list (`w`).
        #expect(s.sampling.visible.count == 3)
        UI.press(&s, .escape)
        UI.press(&s, .char("s"), .char("s"), .char("s"))
        #expect(s.sampling.sort == .result)
        #expect(s.selectedSampling?.sampling.conclusion == .fail || s.sampling.list.selected >= 0)
        #expect(s.model.samplingRows[s.sampling.visible[0]].sampling.conclusion == .fail)
        UI.press(&s, .char("y"))
        #expect(Screen.render(s).text.contains("2026 summary"))
        UI.press(&s, .char("["))
        #expect(s.sampling.summaryYear == 2025 && Screen.render(s).text.contains("2025 summary"))
    }

    @Test func addASamplingThenRecordAFailingReport() throws {
        var s = samplingState()
        UI.press(&s, .char("a"))
        var form = try #require(s.form)
        #expect(
            form[SamplingFormField.product].text == "P08" && form[SamplingFormField.sampledOn].text == "2026-11-22"
                && form[SamplingFormField.conclusion].text == "pending")
        #expect(form[SamplingFormField.place].text == "四川省成都市高新区科园南路88号" && form[SamplingFormField.lab].text == "四川省药品检验研究院")
        #expect(form[SamplingFormField.batch].error == "required")
        #expect(UI.press(&s, .enter).isEmpty) // the batch is missing
        UI.press(&s, .tab, .tab)
        UI.type(&s, "P08-202612")
        form = try #require(s.form)
        #expect(form[SamplingFormField.batch].error == nil)
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .sampling(let added)? = edit.changes[0].after else {
            Issue.record("no save")
            return
        }
        #expect(added.id == RecordEdit.provisionalID && added.batch == "P08-202612" && added.conclusion == .pending)
        #expect(edit.allocatingIDs(in: UI.data).changes[0].after?.id == "SMP-0024")

        // Edit a pending one: the form opens on the report number.
        var t = samplingState()
        try RenderState.prepare(&t, pane: .sampling, select: "SMP-0017", detail: false)
        UI.press(&t, .char("e"))
        form = try #require(t.form)
        #expect(form.fields[form.focus].id == SamplingFormField.reportNo.formID)
        UI.type(&t, "BG2026-99")
        UI.press(&t, .tab)
        UI.type(&t, "2026-11-20")
        UI.press(&t, .tab, .tab, .right, .right) // past the service date; pending → pass → fail
        form = try #require(t.form)
        #expect(form[SamplingFormField.conclusion].text == "fail")
        // Without the service date (送达日期) the window is not guessed from the report date.
        #expect(form.info?.contains("cannot be computed yet") == true)
        UI.press(&t, .backTab)
        UI.type(&t, "2026-11-20")
        form = try #require(t.form)
        #expect(form.info?.contains("re-test may be requested until 2026-12-01 (7 working days after service, open)") == true)
        guard case .save(let change)? = UI.press(&t, .enter).first, case .sampling(let failed)? = change.changes[0].after else {
            Issue.record("no save")
            return
        }
        #expect(failed.conclusion == .fail && failed.reportNo == "BG2026-99" && change.changes[0].before != nil)
        #expect(failed.reportServedOn == CivilDate("2026-11-20") && change.done.en.contains("re-test may be requested until 2026-12-01"))
    }

    @Test func reportFieldsAreRequiredWithAResult() throws {
        var s = samplingState()
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0017", detail: false)
        UI.press(&s, .char("e"), .tab, .tab, .tab, .right)
        let form = try #require(s.form)
        #expect(form[SamplingFormField.conclusion].text == "pass" && form[SamplingFormField.reportNo].error == "required with a result")
        #expect(UI.press(&s, .enter).isEmpty && s.message?.isError == true)
    }
}
