import PilotCore
import Testing

@testable import DashboardUI

@Suite struct ReducerTests {
    /// A store opened read-only because its journal is damaged says where and how to repair it whenever a
    /// change is refused, and no save effect is produced.
    @Test func aDamagedStoreRefusesChangesNamingTheDamage() {
        var s = UI.state()
        s.context = AppContext(
            storePath: "/srv", user: "tester", readOnly: false,
            readOnlyReason: "journal.jsonl line 10 — biopilot doctor --repair")
        #expect(s.context.readOnly)
        let effects = UI.press(&s, .char("e"))
        #expect(!effects.contains { if case .save = $0 { return true } else { return false } })
        #expect(s.form == nil && s.message?.text == "damaged: journal.jsonl line 10 — biopilot doctor --repair")
    }

    /// The journal's check, left for after the first frame, finds damage: from then on the same as above.
    @Test func damageFoundAfterTheFirstFrameMakesTheDashboardReadOnly() {
        var s = UI.state()
        #expect(!s.context.readOnly)
        _ = reduce(&s, .journalDamaged("journal.jsonl line 2 — biopilot doctor --repair"))
        #expect(s.context.readOnly && s.message?.isError == true)
        #expect(s.message?.text == "damaged: journal.jsonl line 2 — biopilot doctor --repair")
        let effects = UI.press(&s, .char("e"))
        #expect(!effects.contains { if case .save = $0 { return true } else { return false } })
        #expect(s.form == nil)
    }

    @Test func navigationStaysInBoundsAndScrolls() {
        var s = UI.state(Size(width: 80, height: 12))
        // 14 products do not fit: the list's last row says where the selection stands, the others show products.
        let rows = Layout.listRows(s.size) - 1
        UI.press(&s, .char("G"))
        #expect(s.products.list.selected == 13)
        #expect(s.products.list.offset == 14 - rows)
        UI.press(&s, .char("j"))
        #expect(s.products.list.selected == 13)
        UI.press(&s, .char("g"))
        #expect(s.products.list == ListState(selected: 0, offset: 0))
        UI.press(&s, .pageDown)
        #expect(s.products.list.selected == rows)
        UI.press(&s, .char("k"), .up)
        #expect(s.products.list.selected == rows - 2)
    }

    @Test func filterNarrowsAsYouTypeInEitherLanguage() {
        var s = UI.state()
        UI.press(&s, .char("/"))
        UI.type(&s, "胰岛素")
        #expect(s.products.visible.map { s.model.rows[$0].product.id } == ["P04", "P11"])
        UI.press(&s, .backspace, .backspace, .backspace)
        #expect(s.products.visible.count == 14)
        UI.type(&s, "sichuan") // a contract site's province, in English
        #expect(s.products.visible.map { s.model.rows[$0].product.id } == ["P08", "P10"])
        UI.press(&s, .enter)
        #expect(s.prompt == nil && s.products.filter == "sichuan")
        // n and N step through the matches, wrapping.
        UI.press(&s, .char("n"))
        #expect(s.selectedRow?.product.id == "P10")
        UI.press(&s, .char("n"))
        #expect(s.selectedRow?.product.id == "P08")
        UI.press(&s, .char("N"))
        #expect(s.selectedRow?.product.id == "P10")
        // Esc in the filter prompt clears it.
        UI.press(&s, .char("/"), .escape)
        #expect(s.products.filter.isEmpty && s.products.visible.count == 14)
        #expect(s.selectedRow?.product.id == "P10")
    }

    @Test func filterMatchesHolderContractManufacturerTypeAndBasis() {
        var s = UI.state()
        UI.press(&s, .char("/"))
        UI.type(&s, "钱江康源") // contract manufacturer E09
        #expect(Set(s.products.visible.map { s.model.rows[$0].product.id }) == ["P03", "P04", "P09", "P11"])
        UI.press(&s, .escape, .char("/"))
        UI.type(&s, "adc")
        #expect(Set(s.products.visible.map { s.model.rows[$0].product.id }) == ["P02", "P09"])
        // The basis, apart from the type: P10 (other biologic) and P13 (antibody) are clinically urgent.
        UI.press(&s, .escape, .char("/"))
        UI.type(&s, "临床急需")
        #expect(Set(s.products.visible.map { s.model.rows[$0].product.id }) == ["P10", "P13"])
        UI.press(&s, .escape, .char("/"))
        UI.type(&s, "no such product")
        #expect(s.products.visible.isEmpty)
        #expect(Screen.render(s).text.contains("No product matches"))
    }

    @Test func sortCyclesAndKeepsTheSelection() {
        var s = UI.state()
        UI.press(&s, .down, .down, .down, .down)
        #expect(s.selectedRow?.product.id == "P05")
        UI.press(&s, .char("s"))
        #expect(s.products.sort == .name && s.selectedRow?.product.id == "P05")
        UI.press(&s, .char("s"), .char("s"), .char("s"))
        #expect(s.products.sort == .findings)
        #expect(s.model.rows[s.products.visible[0]].errors >= s.model.rows[s.products.visible.last!].errors)
        UI.press(&s, .char("s"))
        #expect(s.products.sort == .id && s.selectedRow?.product.id == "P05")
    }

    @Test func caseDetailRoundTripKeepsThePosition() {
        var s = UI.state(Size(width: 80, height: 12))
        UI.press(&s, .char("G"), .up)
        let before = s.products.list
        UI.press(&s, .enter)
        #expect(s.products.detail?.productId == "P13")
        UI.press(&s, .char("j"), .char("j"), .pageDown)
        #expect(s.products.detail!.scroll > 2)
        UI.press(&s, .char("G"))
        let last = s.products.detail!.scroll
        UI.press(&s, .char("j"))
        #expect(s.products.detail!.scroll == last)
        UI.press(&s, .escape)
        #expect(s.products.detail == nil && s.products.list == before)
    }

    @Test func paneSwitching() {
        var s = UI.state()
        UI.press(&s, .char("3"))
        #expect(s.pane == .sampling)
        UI.press(&s, .tab)
        #expect(s.pane == .coverage)
        UI.press(&s, .tab)
        #expect(s.pane == .due)
        UI.press(&s, .tab)
        #expect(s.pane == .products)
        UI.press(&s, .backTab)
        #expect(s.pane == .due)
        UI.press(&s, .char("3"), .char("j"), .char("j"))
        #expect(s.pane == .sampling && s.sampling.list.selected == 2)
        UI.press(&s, .char("1"), .char("3"))
        #expect(s.sampling.list.selected == 2) // each pane keeps its own selection
        UI.press(&s, .char("2"), .char("l"), .char("1"), .char("2"))
        #expect(s.pane == .calendar && s.calendar.selected == UI.today.adding(days: 1))
    }

    @Test func helpOverlayListsTheKeyTableAndSurvivesResize() {
        var s = UI.state()
        UI.press(&s, .char("?"))
        #expect(s.showHelp)
        _ = reduce(&s, .resize(Size(width: 40, height: 12)))
        _ = reduce(&s, .resize(Size(width: 30, height: 8)))
        #expect(Screen.render(s).text.contains("Terminal too small"))
        _ = reduce(&s, .resize(Size(width: 100, height: 30)))
        let text = Screen.render(s).text
        #expect(s.showHelp && text.contains("Keys") && text.contains("filter as you type"))
        UI.press(&s, .char("j"))
        #expect(s.products.list.selected == 0) // keys do not leak through the overlay
        UI.press(&s, .escape)
        #expect(!s.showHelp)
    }

    @Test func promptSurvivesResizeAndCommandsRun() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "lang zh")
        _ = reduce(&s, .resize(Size(width: 45, height: 13)))
        #expect(Screen.render(s).text.contains(":lang zh"))
        UI.press(&s, .enter)
        #expect(s.language == .zh && s.prompt == nil)
        UI.press(&s, .char(":"))
        UI.type(&s, "frobnicate")
        UI.press(&s, .enter)
        #expect(s.message?.isError == true && s.message!.text.contains("frobnicate"))
        // At 45 columns the list of commands is shown whole until a key is pressed; that key does nothing else.
        #expect(s.overlays == [.notice(s.message!)])
        UI.press(&s, .char(":"))
        #expect(s.overlays.isEmpty)
        UI.press(&s, .char(":"))
        UI.type(&s, "q")
        #expect(UI.press(&s, .enter) == [.quit])
    }

    @Test func confirmationBeforeCompacting() {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "compact")
        UI.press(&s, .enter)
        #expect(s.prompt == .confirm(.compact))
        #expect(UI.press(&s, .char("n")).isEmpty && s.prompt == nil)
        UI.press(&s, .char(":"))
        UI.type(&s, "compact")
        UI.press(&s, .enter)
        #expect(UI.press(&s, .char("y")) == [.compact])
        var readOnly = UI.state()
        readOnly.context.readOnly = true
        UI.press(&readOnly, .char(":"))
        UI.type(&readOnly, "compact")
        UI.press(&readOnly, .enter)
        #expect(readOnly.prompt == nil && readOnly.message?.isError == true)
    }

    @Test func quitKeys() {
        var s = UI.state()
        #expect(UI.press(&s, .char("q")) == [.quit])
        #expect(UI.press(&s, .ctrl("c")) == [.quit])
    }

    @Test func newDataKeepsTheSelectedProduct() {
        var s = UI.state()
        UI.press(&s, .down, .down, .down)
        var data = UI.data
        data.products.remove(id: "P01")
        _ = reduce(&s, .dataChanged(data, revision: 2))
        #expect(s.selectedRow?.product.id == "P04" && s.model.rows.count == 13)
    }

    @Test func everyBindingHasHelpInBothLanguages() {
        for b in Keymap.bindings { #expect(!b.help.zh.isEmpty && !b.help.en.isEmpty && !b.keys.isEmpty) }
    }

    /// No key is bound twice in one scope, in every scope there is (a new scope is checked without editing this test).
    @Test(arguments: KeyScope.allCases) func noKeyIsBoundTwiceInOneScope(scope: KeyScope) {
        let keys = Keymap.bindings.filter { $0.scope == scope }.flatMap(\.keys)
        #expect(!keys.isEmpty, "\(scope) has no bindings")
        let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.map(\.label)
        #expect(repeated.isEmpty, "\(scope) binds \(repeated.sorted()) more than once")
    }
}

@Suite struct HelpScrollTests {
    @Test func everyKeyCanBeReachedInASmallHelp() {
        var s = UI.state(Size(width: 80, height: 24))
        UI.press(&s, .char("2"), .char("?"))
        var seen = Set<String>()
        for _ in 0..<40 {
            for line in Screen.render(s).text.split(separator: "\n") { seen.insert(String(line)) }
            UI.press(&s, .char("j"))
        }
        let text = seen.joined(separator: "\n")
        for b in Keymap.help(for: s) { #expect(text.contains(String(b.help.en.prefix(40))), "\(b.help.en) never shown") }
    }
}
