import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 items 11 and 14: an empty store tells a new user what to do, and the Chinese screens hold no
/// English fragments or doubled words.
@Suite struct FirstRunAndChineseTests {
    func emptyState(_ size: Size, _ language: Language) -> AppState {
        let model = DashboardModel(data: PilotData(), revision: 0, today: UI.today, reference: bundledReference)
        var s = AppState(
            model: model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false), size: size,
            language: language)
        s.message = nil
        return s
    }

    /// The empty store's hint is longer than 80 columns: it wraps instead of losing `:import products`.
    @Test(arguments: [Language.zh, .en])
    func emptyStoreHintWrapsAt80Columns(_ language: Language) {
        let text = Screen.render(emptyState(Size(width: 80, height: 24), language)).text
        #expect(text.contains(":import products"), "\(text)")
        #expect(text.contains(language == .zh ? "导入本省台账" : "a province's sheet"), "\(text)")
    }

    @Test(arguments: [Language.zh, .en])
    func addingASamplingToAnEmptyStoreSaysAddAProductFirst(_ language: Language) {
        var s = emptyState(Size(width: 100, height: 30), language)
        UI.press(&s, .char("3"), .char("a"))
        #expect(s.form == nil)
        #expect(s.message?.isError == true)
        #expect(s.message?.text.contains(language == .zh ? "请先新增品种" : "add a product first") == true, "\(String(describing: s.message))")
    }

    /// `s` on a completed inspection said 已已完成.
    @Test func aCompletedInspectionIsNotAlreadyAlreadyDone() throws {
        var s = UI.state(Size(width: 100, height: 30), .zh)
        try RenderState.prepare(&s, pane: .calendar, select: "2025-08-18", detail: false)
        UI.press(&s, .char("s"))
        let text = s.message?.text ?? ""
        #expect(text.contains("INS-0001") && text.contains("已完成") && !text.contains("已已"), "\(text)")
    }

    /// The year summary's columns are the conclusions in words (符合 / 不符 / 检中 / 逾期 were clipped abbreviations).
    @Test(arguments: [Language.zh, .en])
    func samplingYearSummaryHeaderInWords(_ language: Language) throws {
        var s = UI.state(Size(width: 120, height: 40), language)
        UI.press(&s, .char("3"), .char("y"))
        let text = Screen.render(s).text
        let words = language == .zh ? ["符合规定", "不符合规定", "检验中", "逾期"] : ["pass", "fail", "pending", "overdue"]
        for word in words { #expect(text.contains(word), "\(word)\n\(text)") }
        #expect(!text.contains("检中") && !text.contains(" pend "), "\(text)")
    }

    /// Why a delete is refused names what refers to the record in the UI language: `P01 (inspection)` was English.
    @Test func aRefusedDeleteNamesItsUsersInChinese() {
        let users = RecordChecks.references(to: .product, id: "P01", in: UI.data, language: .zh)
        #expect(users.contains { $0.hasSuffix("(检查)") })
        #expect(users.allSatisfy { !$0.contains("inspection") && !$0.contains("sampling") }, "\(users)")
    }
}
