import PilotCore
import Testing

@testable import DashboardUI

/// The due pane's measure keys: `x` opens the case's "mark done" form on the selected measure and the saved
/// measure leaves the list and the overdue count; on another row it says so; Enter lands in the case on the
/// measure or sampling the item comes from.
@Suite struct DueMeasureKeysTests {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    func dueState(_ language: Language = .en, readOnly: Bool = false) -> AppState {
        var s = AppState(
            model: UI.model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: readOnly),
            size: Size(width: 100, height: 30), language: language)
        s.message = nil
        UI.press(&s, .char("5"))
        return s
    }

    /// Moves the cursor to the first shown item `matching`.
    func select(_ s: inout AppState, _ matching: (DueItem) -> Bool) throws -> DueItem {
        let position = try #require(s.due.visible.firstIndex { matching(UI.model.due.items[$0]) })
        UI.press(&s, .char("g"))
        for _ in 0..<position { UI.press(&s, .char("j")) }
        return try #require(s.selectedDueItem)
    }

    func overdueMeasure(_ item: DueItem) -> Bool { item.record?.kind == .measure && item.group == .overdue }

    @Test func xMarksTheOverdueMeasureDoneAndItLeavesTheListAndTheCount() throws {
        var s = dueState()
        let item = try select(&s, overdueMeasure)
        let id = try #require(item.record?.id)
        let overdue = UI.model.due.overdueCount
        UI.press(&s, .char("x"))
        let form = try #require(s.form)
        #expect(form.purpose == .editMeasure(id) && form[MeasureField.status].text == "done")
        #expect(form[MeasureField.closedOn].text == "2026-11-22" && form[MeasureField.evidence].error != nil, "evidence is required")
        UI.type(&s, "召回完成报告 粤药监召〔2026〕7号")
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .measure(let done)? = edit.changes.first?.after else {
            throw Failure("no save: \(String(describing: s.form?.fields.compactMap(\.error)))")
        }
        #expect(done.status == .done && done.closedOn == UI.today && done.evidence == "召回完成报告 粤药监召〔2026〕7号")
        // The store written, the model rebuilt: the item is gone, the count is one less on the status line.
        var data = UI.data
        data.measures.upsert(done)
        _ = reduce(&s, .dataChanged(data, revision: 2))
        _ = reduce(&s, .saveFinished(ok: true, message: "saved", saved: edit))
        #expect(s.form == nil && s.pane == .due)
        #expect(!s.due.visible.contains { s.model.due.items[$0].record == item.record })
        #expect(s.model.due.overdueCount == overdue - 1 && StatusLine.fixed(s).contains("\(overdue - 1) overdue"))
    }

    @Test(arguments: [Language.zh, .en])
    func xOnARowThatIsNotAMeasureSaysSo(_ language: Language) throws {
        var s = dueState(language)
        _ = try select(&s) { $0.record?.kind != .measure }
        UI.press(&s, .char("x"))
        let said = [Language.zh: "x：此行不是风险控制措施", .en: "x: not a measure"][language] ?? ""
        #expect(s.form == nil && s.message?.isError == true && s.message?.text == said, "\(String(describing: s.message))")
        // Whole on an 80-column status line.
        s.size = Size(width: 80, height: 24)
        #expect(Screen.render(s).line(Layout.status(s.size).y).contains(said))
    }

    @Test func xIsRefusedOnAReadOnlyStore() throws {
        var s = dueState(readOnly: true)
        _ = try select(&s, overdueMeasure)
        UI.press(&s, .char("x"))
        #expect(s.form == nil && s.message?.isError == true)
    }

    @Test func theFooterAndHelpShowX() {
        var s = dueState()
        #expect(Screen.render(s).text.contains("x done"))
        UI.press(&s, .char("?"))
        #expect(Screen.render(s).text.contains("mark the selected measure done"))
    }

    @Test func enterOnAMeasureLandsInTheCaseWithTheMeasureSelected() throws {
        var s = dueState()
        let item = try select(&s, overdueMeasure)
        let id = try #require(item.record?.id)
        UI.press(&s, .enter)
        let detail = try #require(s.products.detail)
        #expect(s.pane == .products && detail.productId == item.productId && detail.item == .measure(id))
        // Scrolled to it: the selected measure's line is on the screen, and `x` closes that measure.
        #expect(detail.scroll > 0 && Screen.render(s).text.contains(id))
        UI.press(&s, .char("x"))
        #expect(s.form?.purpose == .editMeasure(id))
    }

    @Test func enterOnALabReportLandsInTheCaseOnItsSampling() throws {
        var s = dueState()
        let item = try select(&s) { $0.kind == .labReport }
        let id = try #require(item.record?.id)
        UI.press(&s, .enter)
        #expect(s.products.detail?.item == .finding(AnsweredFinding(.sampling, id)))
        // `m` then answers that sampling.
        UI.press(&s, .char("m"))
        #expect(s.form?[MeasureField.answers].text == MeasureForms.value(AnsweredFinding(.sampling, id)))
    }
}
