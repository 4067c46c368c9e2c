import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 1: every list keeps its selection on screen, and a list cut by its window says where it stands
/// ("12/23") and how much is left ("下有5项", "+5 more").
@Suite struct ListScrollingTests {
    static let busyDay = CivilDate("2026-12-10")!

    /// The demo with nine more inspections on one day: more than the day list's rows at 80×24.
    static func busyState(_ size: Size, _ language: Language = .zh) -> AppState {
        var data = UI.data
        let products = data.products.records.sorted { $0.id < $1.id }.prefix(9)
        let inspectors = data.inspectors.records.map(\.id).sorted()
        for (n, product) in products.enumerated() {
            data.inspections.upsert(
                Inspection(
                    id: "INS-09\(n)", productId: product.id, siteIds: Array(product.siteIds.prefix(1)), type: .routine,
                    start: busyDay, end: busyDay, team: [inspectors[n % inspectors.count], inspectors[(n + 5) % inspectors.count]],
                    status: .planned))
        }
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        var s = AppState(model: model, context: UI.state().context, size: size, language: language)
        UI.press(&s, .char("2"))
        s.calendar.selected = busyDay
        return s
    }

    @Test func theDayListScrollsToItsLastInspection() {
        var s = Self.busyState(Size(width: 80, height: 24))
        let items = Agenda.listing(s).items
        let count = items.count
        #expect(count >= 9)
        var screen = Screen.render(s).text
        #expect(screen.contains("1/\(count) · 下有"))
        for n in 1..<count {
            UI.press(&s, .char("n"))
            screen = Screen.render(s).text
            #expect(screen.contains(items[n].id), "inspection \(n + 1) of \(count) is off screen")
        }
        #expect(screen.contains("\(count)/\(count) · 上有"))
        // Back to the first by wrapping round, and it shows again.
        UI.press(&s, .char("n"))
        #expect(s.calendar.agendaIndex == 0 && s.calendar.agendaOffset == 0)
        #expect(Screen.render(s).text.contains(items[0].id))
    }

    @Test func theInspectorLoadViewReachesTheLastInspector() {
        var s = Self.busyState(Size(width: 80, height: 24), .en)
        UI.press(&s, .char("i"))
        let inspectors = LoadView.inspectors(s)
        #expect(inspectors.count == 10)
        #expect(!Screen.render(s).text.contains("I10 "))
        for _ in 1..<inspectors.count { UI.press(&s, .char("n")) }
        let screen = Screen.render(s).text
        #expect(screen.contains("I10 ") && screen.contains("10/10") && screen.contains("above"))
    }

    @Test func aCutTableSaysWhereItsSelectionStands() {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        UI.press(&s, .char("3"))
        let count = s.sampling.visible.count
        let rows = Layout.samplingListRows(s.size)
        #expect(count > rows)
        #expect(Screen.render(s).text.contains("1/\(count) · 下有\(count - rows + 1)项"))
        // PgDn moves by the rows shown, not the body's height, and the selection stays on screen.
        UI.press(&s, .pageDown)
        #expect(s.sampling.list.selected == rows - 1)
        #expect((s.sampling.list.offset..<s.sampling.list.offset + rows - 1).contains(s.sampling.list.selected))
        UI.press(&s, .char("G"))
        #expect(Screen.render(s).text.contains("\(count)/\(count) · 上有"))
        var products = UI.state(Size(width: 80, height: 12), .en)
        #expect(Screen.render(products).text.contains("1/14 · ↓ +"))
        UI.press(&products, .char("G"))
        #expect(Screen.render(products).text.contains("14/14 · ↑"))
        // A list that fits says nothing.
        #expect(!Screen.render(UI.state(Size(width: 80, height: 24), .en)).text.contains("/14"))
    }

    @Test func theCoverageMatrixSaysWhereItStands() {
        var s = UI.state(Size(width: 80, height: 24), .zh)
        UI.press(&s, .char("4"))
        let count = s.coverage.lines.count
        #expect(count > Layout.coverageListRows(s.size))
        UI.press(&s, .char("G"))
        #expect(Screen.render(s).text.contains("\(count)/\(count) · 上有"))
        // PgUp near the top lands on the first product, not nowhere (a province heading is not selectable).
        for _ in 0..<count { UI.press(&s, .pageUp) }
        #expect(s.coverage.list.selected == 1 && s.coverage.list.offset <= 1)
        UI.press(&s, .pageDown)
        #expect(s.coverage.list.selected > 1)
    }
}
