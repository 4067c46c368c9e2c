import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 8: wherever a team is shown (the inspection card, the day list, the inspector-load view) a
/// conflicted inspector is marked, by the schedule form's own check.
@Suite struct TeamConflictMarkTests {
    static let day = CivilDate("2026-12-10")!

    /// Two inspections on one day sharing an inspector.
    static func state(_ language: Language) -> (AppState, shared: Inspector) {
        var data = UI.data
        let products = data.products.records.sorted { $0.id < $1.id }
        let inspectors = data.inspectors.records.sorted { $0.id < $1.id }
        let shared = inspectors[0]
        for (n, product) in products.prefix(2).enumerated() {
            data.inspections.upsert(
                Inspection(
                    id: "INS-098\(n)", productId: product.id, siteIds: Array(product.siteIds.prefix(1)), type: .routine,
                    start: day, end: day, team: [shared.id, inspectors[n + 1].id], status: .planned))
        }
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        var s = AppState(model: model, context: UI.state().context, size: Size(width: 200, height: 50), language: language)
        UI.press(&s, .char("2"))
        s.calendar.selected = day
        return (s, shared)
    }

    @Test(arguments: [Language.zh, .en])
    func theDayListTheCardAndTheLoadViewMarkTheSharedInspector(_ language: Language) throws {
        var (s, shared) = Self.state(language)
        let name = shared.displayName(language)
        let lines = Screen.render(s).text.split(separator: "\n")
        for id in ["INS-0980", "INS-0981"] {
            let line = try #require(lines.first { $0.contains(id) })
            #expect(line.contains("!") && line.contains(name + "!"), "\(line)")
        }
        s.calendar.agendaIndex = try #require(Agenda.listing(s).items.firstIndex { $0.id == "INS-0980" })
        UI.press(&s, .enter)
        let card = Screen.render(s).text
        #expect(card.contains("!") && card.contains(Bilingual(zh: "\(shared.name)（\(shared.unit)）!", en: "(\(shared.unit))!")[language]))
        #expect(card.contains(Bilingual(zh: "冲突", en: "Conflict")[language]))
        #expect(card.contains(Bilingual(zh: "\(shared.name)：与 INS-0981 日程重叠", en: "overlaps INS-0981")[language]))
        UI.press(&s, .escape, .char("i"))
        let load = Screen.render(s).text.split(separator: "\n")
        let row = try #require(load.first { $0.contains(" \(shared.id) ") })
        #expect(row.contains(Bilingual(zh: "日程重叠 2 项", en: "2 bookings overlap")[language]), "\(row)")
        // An inspector on only one of them is not marked.
        let other = try #require(load.first { $0.contains(" I0") && !$0.contains(shared.id) && $0.contains("■") })
        #expect(!other.contains(Bilingual(zh: "日程重叠", en: "overlap")[language]))
    }

    /// The demo's planned inspection with a conflict of interest says so in its card, naming the enterprise.
    @Test func theDemosConflictOfInterestShowsInTheCard() throws {
        var s = UI.state(Size(width: 120, height: 40), .zh)
        UI.press(&s, .char("2"))
        let conflicted = try #require(
            UI.data.inspections.records.first { i in
                TeamConflicts.of(i, index: UI.model.index, calendar: UI.model.calendar).values.joined().contains(
                    where: \.isConflictOfInterest)
            })
        s.calendar.selected = conflicted.start
        s.calendar.agendaIndex = try #require(Agenda.listing(s).items.firstIndex { $0.id == conflicted.id })
        UI.press(&s, .enter)
        #expect(Screen.render(s).text.contains("存在利益冲突"))
    }
}
