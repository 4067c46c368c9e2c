import PilotCore
import Testing

@testable import DashboardUI

/// Risk-control measures in the case: listed under the finding they answer, added with `m` on a finding, edited
/// with Enter and marked done with `x` (the day and the evidence).
@Suite struct MeasureFormTests {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    func caseText(_ s: AppState, _ id: String) -> [String] {
        CaseDetail.lines(s, productId: id, width: 198).map { $0.spans.map(\.text).joined() }
    }

    func openCase(_ id: String, _ language: Language = .en) -> AppState {
        var s = UI.state(Size(width: 120, height: 40), language)
        ProductsReducer.openCase(&s, id)
        return s
    }

    @Test func measuresAreListedUnderTheirFindingWithTheOverdueOneMarked() throws {
        let lines = caseText(UI.state(Size(width: 200, height: 40), .en), "P07")
        let failed = try #require(UI.data.samplings.records.first { $0.productId == "P07" && $0.conclusion == .fail })
        let at = try #require(lines.firstIndex { $0.hasSuffix(failed.id) })
        #expect(lines[at + 1].contains("↳ sealed or seized") && lines[at + 1].contains("吴昊") && lines[at + 1].contains("open"))
        #expect(lines[at + 2].contains("↳ recall ordered") && lines[at + 2].contains("days overdue"))
        let zh = caseText(UI.state(Size(width: 200, height: 40), .zh), "P02")
        #expect(zh.contains { $0.contains("↳ 约谈") && $0.contains("已办结") })
    }

    @Test func mOnAFindingAddsAMeasureAnsweringIt() throws {
        var s = openCase("P07")
        UI.press(&s, .char("m"))
        #expect(s.form == nil && s.message?.isError == true, "nothing selected yet")
        UI.press(&s, .char("n"))
        guard case .finding(let finding)? = s.products.detail?.item else { throw Failure("no finding selected") }
        UI.press(&s, .char("m"))
        let form = try #require(s.form)
        #expect(form.purpose == .newMeasure && form[MeasureField.answers].text == MeasureForms.value(finding))
        #expect(form[MeasureField.productId].text == "P07" && form[MeasureField.owner].text == "tester")
        // Warning by default for an inspection, a seizure for a sampling; pick 告诫 (warning) and save.
        s.form?[MeasureField.kind].input = TextInput(MeasureKind.warning.rawValue)
        s.form?[MeasureField.deadline].input = TextInput("2026-11-30")
        guard case .save(let edit)? = UI.press(&s, .enter).first else {
            throw Failure("no save: \(String(describing: s.form?.fields.compactMap(\.error)))")
        }
        guard case .measure(let m)? = edit.changes.first?.after else { throw Failure("not a measure") }
        #expect(m.answers == finding && m.kind == .warning && m.deadline == CivilDate("2026-11-30") && m.status == .open)
        #expect(edit.changes.first?.before == nil)
    }

    @Test func aSeizureShowsItsComputedDeadline() throws {
        var s = openCase("P07")
        let failed = try #require(UI.data.samplings.records.first { $0.productId == "P07" && $0.conclusion == .fail })
        s.form = MeasureForms.newForm(productId: "P07", finding: AnsweredFinding(.sampling, failed.id), state: s)
        s.form?[MeasureField.decidedOn].input = TextInput("2026-09-29")
        s.form.map {
            var f = $0
            MeasureForms.validate(&f, state: s)
            s.form = f
        }
        #expect(s.form?.info?.contains("2026-10-14") == true && s.form?.info?.contains("7 working days") == true)
    }

    @Test func xMarksTheSelectedMeasureDoneWithTheDayAndEvidence() throws {
        var s = openCase("P07")
        // Select the overdue recall.
        for _ in 0..<20 {
            UI.press(&s, .char("n"))
            if case .measure(let id)? = s.products.detail?.item, UI.data.measures[id: id]?.kind == .recall { break }
        }
        guard case .measure(let id)? = s.products.detail?.item else { throw Failure("no measure selected") }
        UI.press(&s, .char("x"))
        let form = try #require(s.form)
        #expect(form.purpose == .editMeasure(id) && form[MeasureField.status].text == "done")
        #expect(form[MeasureField.closedOn].text == "2026-11-22" && form[MeasureField.evidence].error != nil, "evidence is required")
        UI.type(&s, "召回完成报告")
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no save") }
        guard case .measure(let after)? = edit.changes.first?.after, case .measure(let before)? = edit.changes.first?.before else {
            throw Failure("not a measure change")
        }
        #expect(before.status == .open && after.status == .done && after.closedOn == UI.today && after.evidence == "召回完成报告")
        #expect(!after.isOverdue(today: UI.today, deadlines: UI.data.deadlines, calendar: bundledReference.calendar))
        // Enter on a measure opens it for editing.
        UI.press(&s, .escape)
        if s.form != nil { UI.press(&s, .char("y")) }
        UI.press(&s, .enter)
        #expect(s.form?.purpose == .editMeasure(id))
    }

    @Test func mFromTheSamplingPaneAndTheInspectionCard() throws {
        var s = UI.state()
        UI.press(&s, .char("3"))
        let row = try #require(s.selectedSampling)
        UI.press(&s, .char("m"))
        #expect(s.form?[MeasureField.answers].text == MeasureForms.value(AnsweredFinding(.sampling, row.sampling.id)))
        var c = UI.state()
        let inspection = try #require(UI.data.inspections.records.first)
        c.inspectionCard = inspection.id
        UI.press(&c, .char("m"))
        #expect(
            c.inspectionCard == nil && c.form?[MeasureField.answers].text == MeasureForms.value(AnsweredFinding(.inspection, inspection.id))
        )
    }
}
