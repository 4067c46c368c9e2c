import PilotCore
import Testing

@testable import DashboardUI

@Suite struct CalendarTests {
    func calendarState(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) -> AppState {
        var s = UI.state(size, language)
        UI.press(&s, .char("2"))
        return s
    }

    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func goldenOctoberAndNovember(_ language: Language, _ size: Size) throws {
        for (month, day) in [("2026-10", "2026-10-01"), ("2026-11", "2026-11-22")] {
            var s = UI.state(size, language)
            try RenderState.prepare(&s, pane: .calendar, select: day, detail: false)
            Golden.expectMatch("calendar-\(month)-\(language)-\(size.width)x\(size.height)", Screen.render(s))
        }
    }

    /// A month in a year without holiday data says so in its header; a year on file shows the legend.
    @Test(arguments: [Language.zh, .en])
    func anEstimatedYearSaysSoInTheHeader(_ language: Language) throws {
        var s = UI.state(Size(width: 120, height: 40), language)
        try RenderState.prepare(&s, pane: .calendar, select: "2027-01-04", detail: false)
        let note = StatutoryHoliday.estimateNote(years: [2027])![language]
        #expect(Screen.render(s).text.contains(note))
        #expect(note.contains("2027"))
        try RenderState.prepare(&s, pane: .calendar, select: "2026-12-01", detail: false)
        #expect(!Screen.render(s).text.contains(note))
    }

    @Test func navigationByDayWeekMonthAndToday() {
        var s = calendarState()
        #expect(s.calendar.selected == UI.today)
        UI.press(&s, .char("l"), .char("j"))
        #expect(s.calendar.selected.description == "2026-11-30")
        UI.press(&s, .char("]"))
        #expect(s.calendar.selected.description == "2026-12-30")
        UI.press(&s, .char("["), .char("["), .char("h"), .char("k"))
        #expect(s.calendar.selected.description == "2026-10-22")
        UI.press(&s, .char("t"))
        #expect(s.calendar.selected == UI.today)
        UI.press(&s, .char("g"))
        for _ in 0..<10 { UI.press(&s, .backspace) }
        UI.type(&s, "2026-10-10")
        UI.press(&s, .enter)
        #expect(s.calendar.selected.description == "2026-10-10" && s.prompt == nil)
        #expect(Screen.render(s).text.contains("adjusted working day (调休上班)"))
        UI.press(&s, .char("g"))
        UI.type(&s, "x")
        UI.press(&s, .enter)
        #expect(s.prompt != nil && s.message?.isError == true)
    }

    @Test func isoWeeks() {
        #expect(CivilDate("2026-01-01")!.isoWeek == 1)
        #expect(CivilDate("2026-10-01")!.isoWeek == 40)
        #expect(CivilDate("2027-01-01")!.isoWeek == 53)
        #expect(CivilDate("2024-12-30")!.isoWeek == 1)
    }

    @Test func addOpensAPrefilledFormAndEnterSaves() throws {
        var s = calendarState()
        UI.press(&s, .char("a"))
        let form = try #require(s.form)
        // Sunday 2026-11-22 → the next working day; P08 is the first in-scope product without a full-gmp
        // inspection this year (P04 and P11 have one planned).
        #expect(form[InspectionFormField.product].text == "P08" && form[InspectionFormField.type].text == "full-gmp")
        #expect(form[InspectionFormField.start].text == "2026-11-23" && form[InspectionFormField.end].text == "2026-11-25")
        #expect(form[InspectionFormField.sites].text == "S07, S05")
        // Chosen by jurisdiction: I07 of Guangdong (the holder's province); Sichuan's only inspector, I09, has a
        // conflict, so the joint flag with Sichuan covers that site; I01 makes the team two.
        #expect(form[InspectionFormField.team].text == "I07, I01")
        #expect(form[InspectionFormField.joint].on && form[InspectionFormField.partner].text == "510000")
        #expect(form.notes.isEmpty)
        let effects = UI.press(&s, .enter)
        guard case .save(let edit)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        guard case .inspection(let created)? = edit.changes.first?.after else {
            Issue.record("the save creates no inspection: \(edit.changes)")
            return
        }
        // Its id is chosen when it is written, from the store's data at that moment.
        #expect(edit.changes.first?.before == nil && created.status == .planned && edit.changes.first?.allocatesID == true)
        #expect(edit.allocatingIDs(in: UI.data).changes.first?.after?.id == "INS-0023")
        #expect(s.form != nil) // stays until the save is confirmed
        _ = reduce(&s, .saveFinished(ok: false, message: "disk full"))
        #expect(s.form != nil && s.message?.isError == true)
        _ = reduce(&s, .saveFinished(ok: true, message: "scheduled"))
        #expect(s.form == nil)
    }

    @Test func conflictsShowLiveAndNeedAReason() throws {
        var s = calendarState()
        UI.press(&s, .char("a"))
        // Put I09, who has a conflict with the Chengdu contract manufacturer, on the team: empty it, then pick
        // each by typing (the picker opens on the first key) and Enter.
        UI.press(&s, .tab, .tab, .tab, .tab, .tab, .backspace)
        UI.type(&s, "I09")
        UI.press(&s, .enter, .backTab)
        UI.type(&s, "I05")
        UI.press(&s, .enter)
        #expect(s.form?[InspectionFormField.team].ids == ["I09", "I05"])
        let form = try #require(s.form)
        #expect(form[InspectionFormField.team].error?.contains("conflict of interest") == true)
        #expect(form.notes.count == 1)
        // Rule 13: the scheduler alone cannot override a conflict of interest; the approving lead is asked for.
        #expect(form[InspectionFormField.approver].error?.contains("approving lead") == true)
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.prompt == nil && s.message?.isError == true && s.message?.text.contains("approving lead") == true)
        UI.press(&s, .tab, .tab, .tab, .tab)
        UI.type(&s, "Lead Wang")
        #expect(UI.press(&s, .enter).isEmpty)
        guard case .reason(.saveDespiteConflicts, _)? = s.prompt else {
            Issue.record("no reason prompt")
            return
        }
        UI.press(&s, .enter)
        #expect(s.message?.text == "a reason is required")
        UI.type(&s, "only Sichuan inspector available")
        let effects = UI.press(&s, .enter)
        guard case .save(let edit)? = effects.first else {
            Issue.record("no save")
            return
        }
        #expect(edit.reason == "only Sichuan inspector available")
        #expect(edit.conflicts?.first?.contains("conflict of interest") == true)
        // The approver and the reason are both on the record the journal keeps.
        guard case .inspection(let saved)? = edit.changes.first?.after else {
            Issue.record("no inspection saved")
            return
        }
        #expect(saved.conflictApprovedBy == "Lead Wang" && saved.reason == "only Sichuan inspector available")
    }

    @Test func unknownInspectorBlocksSaving() {
        var s = calendarState()
        UI.press(&s, .char("a"))
        // Picked inspectors exist; one deleted by someone else while the form is open does not.
        s.form?[InspectionFormField.team].input = TextInput("I99")
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.prompt == nil && s.message?.text.contains("I99") == true)
    }

    /// Selects the calendar day of an inspection and returns the state with it selected in the agenda.
    func select(_ id: String) -> AppState {
        var s = calendarState()
        let inspection = UI.data.inspections[id: id]!
        s.calendar.selected = inspection.start
        let items = Agenda.listing(s).items
        s.calendar.agendaIndex = items.firstIndex { $0.id == id }!
        return s
    }

    @Test func statusAdvancesAndCompletionComputesTheRectificationDue() throws {
        var s = select("INS-0019") // P04, planned
        guard case .save(let edit)? = UI.press(&s, .char("s")).first, case .inspection(let started)? = edit.changes[0].after else {
            Issue.record("no save")
            return
        }
        #expect(started.status == .inProgress)
        s = select("INS-0022") // P01 routine, in progress
        UI.press(&s, .char("s"))
        var form = try #require(s.form)
        #expect(form.info == "no rectification due")
        // Today (a Sunday) is before its planned end, Monday: it cannot be completed until the end says when it ended.
        #expect(UI.press(&s, .enter).isEmpty)
        #expect(s.form?[CompletionFormField.end].error?.contains("ends 2026-11-23, after today (2026-11-22)") == true)
        UI.press(&s, .backspace)
        UI.type(&s, "2")
        #expect(s.form?[CompletionFormField.end].error == nil)
        UI.press(&s, .tab, .tab, .backspace)
        UI.type(&s, "2")
        form = try #require(s.form)
        #expect(form.info?.contains("rectification report due") == true && form.info?.contains("30 working days") == true)
        guard case .save(let done)? = UI.press(&s, .enter).first, case .inspection(let completed)? = done.changes[0].after else {
            Issue.record("no save")
            return
        }
        #expect(completed.status == .completed && completed.defects?.major == 2)
        #expect(
            completed.rectificationDue == DeadlineRule.rectificationReport.due(after: completed.end, calendar: bundledReference.calendar))
    }

    /// The completion form records the overall assessment as a choice with its date, and says when it was due.
    @Test func theCompletionFormRecordsTheAssessment() throws {
        var s = select("INS-0017") // P03 completed with an open rectification
        UI.press(&s, .char("c"))
        guard case .save(let received)? = UI.press(&s, .enter).first, case .inspection(let withReport)? = received.changes[0].after else {
            Issue.record("no save")
            return
        }
        var form = CompletionForm.form(withReport, state: s)
        #expect(form.info?.contains("assessment due") == true && form.info?.contains("20 working days") == true)
        form[CompletionFormField.assessment].input = TextInput(OverallAssessment.nonCompliant.rawValue)
        CompletionForm.validate(&form, state: s)
        #expect(form[CompletionFormField.assessedOn].error != nil) // a date is required with the assessment
        form[CompletionFormField.assessedOn].input = TextInput(UI.today.description)
        CompletionForm.validate(&form, state: s)
        guard case .save(let edit) = CompletionForm.submission(form, state: s, reason: nil),
            case .inspection(let assessed)? = edit.changes[0].after
        else {
            Issue.record("the assessment saves nothing")
            return
        }
        #expect(assessed.overallAssessment == .nonCompliant && assessed.overallAssessmentOn == UI.today)
        #expect(assessed.reportReceivedOn == UI.today && !assessed.hasOpenRectification)
    }

    @Test func closeCancelAndMove() throws {
        var s = select("INS-0017") // P03 completed with an open rectification
        UI.press(&s, .char("c"))
        guard case .closeRectification(let shown, _)? = s.prompt, shown.id == "INS-0017" else {
            Issue.record("no prompt")
            return
        }
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .inspection(let closed)? = edit.changes[0].after else {
            Issue.record("closing the rectification saves nothing")
            return
        }
        // `c` records the report received, not the rectification completed: the assessment is still open.
        #expect(closed.reportReceivedOn == UI.today && closed.overallAssessment == nil && closed.hasOpenRectification)

        s = select("INS-0021") // P08 routine, planned
        UI.press(&s, .char("x"))
        UI.type(&s, "企业停产")
        guard case .save(let cancel)? = UI.press(&s, .enter).first, case .inspection(let cancelled)? = cancel.changes[0].after else {
            Issue.record("cancelling saves nothing")
            return
        }
        #expect(cancelled.status == .cancelled && cancel.reason == "企业停产")

        s = select("INS-0021")
        guard case .save(let move)? = UI.press(&s, .char(">")).first, case .inspection(let moved)? = move.changes[0].after else {
            Issue.record("moving saves nothing")
            return
        }
        #expect(moved.start == UI.data.inspections[id: "INS-0021"]!.start.adding(days: 1))

        // INS-0020 (P11) has I05, in conflict with P11's Hangzhou maker, and no approving lead: it does not move.
        s = select("INS-0020")
        #expect(UI.press(&s, .char(">")).isEmpty)
        #expect(s.message?.isError == true && s.message?.text.contains("approving lead") == true)
    }

    @Test func readOnlyRefusesChanges() {
        var s = select("INS-0021")
        s.context.readOnly = true
        #expect(UI.press(&s, .char("x")).isEmpty && s.prompt == nil)
        #expect(UI.press(&s, .char("a")).isEmpty && s.form == nil)
        #expect(s.message?.isError == true)
    }

    @Test func inspectorLoadView() {
        var s = calendarState()
        UI.press(&s, .char("i"))
        #expect(s.calendar.loadMode)
        let text = Screen.render(s).text
        #expect(text.contains("Inspector load this month") && text.contains("I01"))
        UI.press(&s, .char("n"))
        #expect(s.calendar.loadInspector == 1)
        // The agenda only lists the chosen inspector's bookings.
        #expect(Agenda.bookings(s).allSatisfy { $0.team.contains("I02") })
        UI.press(&s, .char("i"))
        #expect(!s.calendar.loadMode)
    }

    @Test func resizeWithAFormOpen() {
        var s = calendarState()
        UI.press(&s, .char("a"))
        for size in [Size(width: 40, height: 12), Size(width: 20, height: 5), Size(width: 200, height: 60)] {
            _ = reduce(&s, .resize(size))
            let grid = Screen.render(s)
            #expect(grid.width == size.width)
        }
        #expect(s.form != nil)
    }
}
