import PilotCore
import Testing

@testable import DashboardUI

/// Issue 14 items 2 and 3 on screen: `w` in the sampling pane switches to the commissioned-testing log (its own
/// columns and count, listed in the hints and `?`); the product form edits the supervision plan.
@Suite struct CommissionedLogTests {
    func samplingState(_ size: Size = Size(width: 80, height: 24), _ language: Language = .en) -> AppState {
        var s = UI.state(size, language)
        UI.press(&s, .char("3"))
        return s
    }

    func shownIds(_ s: AppState) -> [String] { s.sampling.visible.map { s.model.samplingRows[$0].sampling.id } }

    @Test func wSwitchesBetweenSupervisorySamplingsAndTheCommissionedLog() {
        var s = samplingState()
        let commissioned = UI.data.samplings.filter(\.commissioned).map(\.id)
        #expect(commissioned.count == 3)
        #expect(!shownIds(s).contains { commissioned.contains($0) } && shownIds(s).count == UI.data.samplings.count - 3)
        #expect(Screen.render(s).line(1).contains("Supervisory samplings: \(UI.data.samplings.count - 3) (w: commissioned tests, 3)"))
        UI.press(&s, .char("w"))
        #expect(s.sampling.commissioned && shownIds(s).sorted() == commissioned.sorted())
        let screen = Screen.render(s)
        #expect(screen.line(1).contains("Commissioned tests: 3, not sampling"))
        // Its own columns: requested on, no lab-progress or re-test column.
        #expect(screen.line(2).contains("Requested") && !screen.line(2).contains("Lab/report") && !screen.line(2).contains("Re-test"))
        #expect(s.message?.text == "Commissioned testing (not sampling)")
        UI.press(&s, .char("w"))
        #expect(!s.sampling.commissioned && !shownIds(s).contains { commissioned.contains($0) })
    }

    @Test func theKeyIsInTheHintsAndTheHelp() {
        var s = samplingState(Size(width: 120, height: 40), .zh)
        #expect(Screen.render(s).text.contains("w 委托"))
        UI.press(&s, .char("?"))
        #expect(Screen.render(s).text.contains("切换：监督抽检 / 委托检验台账"))
    }

    @Test func addingFromTheLogMakesACommissionedTestAcceptedToday() throws {
        var s = samplingState()
        UI.press(&s, .char("w"), .char("a"))
        let form = try #require(s.form)
        #expect(form[SamplingFormField.commissioned].on && form[SamplingFormField.requestedOn].text == UI.today.description)
        let draft = try #require(SamplingForms.sampling(form, checked: false))
        #expect(draft.commissioned && draft.requestedOn == UI.today)
    }

    /// The product form's plan fields: counts offered from the national minimum up, read back into the plan; left at
    /// the minimum on a product without a plan, none is stored.
    @Test func theProductFormEditsThePlan() throws {
        let s = UI.state(Size(width: 80, height: 24), .zh)
        let p01 = try #require(UI.data.products[id: "P01"])
        var f = try #require(RecordForms.form(.product(p01), state: s, editing: true))
        guard case .choice(let values, _) = f[ProductField.planFullSystemInspections].kind else {
            Issue.record("not a choice")
            return
        }
        #expect(values.first == "1" && f[ProductField.planFullSystemInspections].text == "1")
        guard case .product(let unchanged)? = RecordForms.record(f, state: s) else {
            Issue.record("no record")
            return
        }
        #expect(unchanged.supervisionPlan == nil)
        f[ProductField.planFullSystemInspections].input = TextInput("2")
        f[ProductField.planDrugSubstanceSampling].on = true
        f[ProductField.planDocumentNo].input = TextInput("沪药监〔2026〕7号")
        f[ProductField.planApprovedOn].input = TextInput("2026/3/2")
        RecordForms.validate(&f, state: s)
        guard case .product(let saved)? = RecordForms.record(f, state: s) else {
            Issue.record("no record")
            return
        }
        #expect(
            saved.supervisionPlan
                == SupervisionPlan(
                    documentNo: "沪药监〔2026〕7号", approvedOn: CivilDate("2026-03-02"), fullSystemInspections: 2, drugSubstanceSampling: true))
        // Not a date: marked, nothing saved.
        f[ProductField.planApprovedOn].input = TextInput("3月32日")
        RecordForms.validate(&f, state: s)
        #expect(f[ProductField.planApprovedOn].error != nil && RecordForms.record(f, state: s) == nil)
    }

    /// The case shows the plan and, for P02 this year, what it is short of, in the words of the plan.
    @Test func theCaseShowsThePlanAndItsShortfall() {
        let s = UI.state(Size(width: 120, height: 40), .zh)
        let lines = CaseDetail.lines(s, productId: "P02", width: 118).map { $0.spans.map(\.text).joined() }
        #expect(lines.contains("质量监管方案（一品一策）"))
        #expect(lines.contains { $0.contains("✗ 2026 一品一策要求 2 次全体系检查，已完成 1 次") })
        let p01 = CaseDetail.lines(s, productId: "P01", width: 118).map { $0.spans.map(\.text).joined() }
        #expect(p01.contains { $0.contains("未录入本品种方案，按全国最低要求") })
    }
}
