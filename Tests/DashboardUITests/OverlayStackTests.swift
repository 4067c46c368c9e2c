import PilotCore
import Testing

@testable import DashboardUI

/// The overlays live on one stack: the top one takes the key, each has a key table, and the named accessors
/// (`state.form`, `state.prompt`, …) read and write the stack.
@Suite struct OverlayStackTests {
    /// The calendar with the first demo inspection selected in the agenda.
    func calendarWithAnInspection() throws -> (AppState, Inspection) {
        var s = UI.state()
        UI.press(&s, .char("2"))
        let inspection = try #require(UI.data.inspections.first)
        s.calendar.selected = inspection.start
        s.calendar.agendaIndex = try #require(Agenda.listing(s).items.firstIndex { $0.id == inspection.id })
        return (s, inspection)
    }

    @Test func overlaysStackByLayerWhateverOrderTheyOpenIn() {
        var s = UI.state()
        s.prompt = .command(CommandLineInput())
        _ = RecordReducer.add(&s, .enterprise)
        s.logView = LogView(title: "log", lines: [])
        #expect(s.overlays.map(\.layer) == [.log, .form, .prompt])
        s.prompt = nil
        #expect(s.overlays.last?.layer == .form && s.prompt == nil && s.form != nil)
        s.logView = nil
        s.form = nil
        #expect(s.overlays.isEmpty)
    }

    @Test func theTopOverlayTakesTheKey() {
        var s = UI.state()
        UI.press(&s, .char("?"))
        #expect(Keymap.binding(for: .char("j"), in: s)?.scope == .help)
        UI.press(&s, .char("j"), .char("j"))
        #expect(s.helpScroll == 2 && s.products.list.selected == 0)
        UI.press(&s, .char(":"))
        #expect(s.overlays.map(\.layer) == [.help]) // `:` is not a help key: nothing opens over it
        UI.press(&s, .escape)
        #expect(s.overlays.isEmpty && Keymap.binding(for: .char("j"), in: s)?.scope == .list)
    }

    @Test func helpOpensOverTheConflictAndClosesBackToIt() throws {
        var s = try ConflictTests.bobEditsTheSampling()
        _ = try ConflictTests.bobSaves(&s)
        ConflictTests.storeRefuses(&s, current: ConflictTests.data(with: .sampling(ConflictTests.alicesResult)))
        UI.press(&s, .char("?"))
        #expect(s.overlays.map(\.layer) == [.conflict, .help])
        let listed = Set(Keymap.help(for: s).map(\.scope))
        #expect(listed == [.conflict, .help])
        UI.press(&s, .char("q"))
        #expect(s.overlays.map(\.layer) == [.conflict])
    }

    @Test func aReasonPromptGoesOverTheFormThatAskedForIt() {
        var s = UI.state()
        _ = RecordReducer.add(&s, .enterprise)
        s.prompt = .reason(.saveDespiteConflicts, TextInput())
        #expect(s.overlays.map(\.layer) == [.form, .prompt])
        #expect(Keymap.binding(for: .escape, in: s)?.scope == .prompt)
        UI.press(&s, .escape)
        #expect(s.prompt == nil && s.form != nil)
    }

    @Test func aCalendarKeyClosesTheInspectionCardAndActs() throws {
        var (s, inspection) = try calendarWithAnInspection()
        UI.press(&s, .enter)
        #expect(s.inspectionCard == inspection.id && s.overlays == [.inspectionCard(inspection.id)])
        #expect(Screen.render(s).text.contains("Inspection \(inspection.id)"))
        UI.press(&s, .char("l"))
        #expect(s.overlays.isEmpty && s.calendar.selected == inspection.start.adding(days: 1))
        UI.press(&s, .char("h"), .enter, .escape)
        #expect(s.overlays.isEmpty && s.calendar.selected == inspection.start)
    }

    @Test func thePlanReviewIsAnOverlayOfTheCoveragePane() {
        var s = UI.state()
        UI.press(&s, .char("4"), .char("p"))
        #expect(s.planReview != nil && s.overlays.last?.layer == .planReview)
        #expect(Keymap.binding(for: .char("A"), in: s)?.command == .acceptAll)
        UI.press(&s, .escape)
        #expect(s.planReview == nil && s.overlays.isEmpty)
    }

    @Test func questionMarkOverThePlanReviewListsItsKeysAndClosesBackToIt() {
        var s = UI.state()
        UI.press(&s, .char("4"), .char("p"), .char("?"))
        #expect(s.showHelp && s.planReview != nil)
        let listed = Keymap.help(for: s).map(\.command)
        #expect(listed.contains(.acceptAll) && listed.contains(.skip))
        #expect(!listed.contains(.proposePlan))
        UI.press(&s, .escape)
        #expect(!s.showHelp && s.planReview != nil)
    }

    @Test func questionMarkOverTheInspectionCardAndTheLogListsTheirKeys() throws {
        var (s, _) = try calendarWithAnInspection()
        UI.press(&s, .enter, .char("?"))
        #expect(s.showHelp && s.inspectionCard != nil)
        #expect(Keymap.help(for: s).first?.scope == .inspectionCard)
        var log = UI.state()
        _ = reduce(&log, .logLoaded(title: "P01", entries: ["#1 create"].map { LogEntry(lines: [$0]) }))
        UI.press(&log, .char("?"))
        #expect(log.showHelp && log.logView != nil && Keymap.help(for: log).first?.scope == .log)
    }

    @Test func aConfirmationAnswersThroughItsKeyTable() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "compact")
        UI.press(&s, .enter)
        let yes = Keymap.binding(for: .char("Y"), in: s)
        #expect(yes?.scope == .confirm && yes?.command == .accept)
        #expect(UI.press(&s, .char("x")).isEmpty && s.prompt == .confirm(.compact))
        #expect(UI.press(&s, .char("Y")) == [.compact] && s.overlays.isEmpty)
    }

    /// Every overlay has a key table, so `?` and the tests can read it.
    @Test(arguments: [KeyScope.help, .prompt, .confirm, .form, .picker, .log, .planReview, .inspectionCard, .conflict])
    func everyOverlayHasAKeyTable(scope: KeyScope) {
        #expect(Keymap.bindings.contains { $0.scope == scope })
    }
}
