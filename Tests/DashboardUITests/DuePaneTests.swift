import PilotCore
import Testing

@testable import DashboardUI

/// The due pane (5): the model's due list under its group headings, Enter to the record an item comes from and
/// Esc back, `m` for the rows the user owns, `/` to filter, and the overdue count on every pane's status line.
@Suite struct DuePaneTests {
    func dueState(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en, user: String = "tester") -> AppState {
        var s = AppState(
            model: UI.model, context: AppContext(storePath: "/srv/biopilot/store", user: user, readOnly: false), size: size,
            language: language)
        s.message = nil
        UI.press(&s, .char("5"))
        return s
    }

    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func golden(_ language: Language, _ size: Size) {
        Golden.expectMatch("due-\(language)-\(size.width)x\(size.height)", Screen.render(dueState(size, language)))
    }

    @Test func theRowsAreTheDueListOfTheStoreSoonestFirstUnderTheirHeadings() {
        let s = dueState()
        let list = DueList(index: UI.model.index, today: UI.today, calendar: UI.model.calendar)
        #expect(s.pane == .due && s.model.due.items == list.items && s.due.visible.count == list.items.count)
        #expect(list.items.contains { $0.group == .overdue } && list.items.contains { $0.group != .overdue })
        let text = Screen.render(s).text
        #expect(text.contains("Overdue (\(list.overdueCount))"))
        let lines = DueScreen.lines(s)
        #expect(lines.first == .heading(.overdue, list.overdueCount))
        #expect(lines.filter { if case .heading = $0 { return true } else { return false } }.count == Set(list.items.map(\.group)).count)
    }

    /// The lines found by binary search are the lines built one by one: every shown subset (all, filtered, mine).
    @Test func theLinesAreFoundAsTheyWouldBeBuilt() {
        let items = UI.model.due.items
        for visible in [
            Array(items.indices), items.indices.filter { $0 % 3 != 1 }, [], items.indices.filter { items[$0].group != .next30Days },
        ] {
            var naive: [DueScreen.Line] = []
            var group: DueGroup?
            for (n, position) in visible.enumerated() {
                if items[position].group != group {
                    group = items[position].group
                    naive.append(.heading(items[position].group, visible.filter { items[$0].group == group }.count))
                }
                naive.append(.item(n))
            }
            let lines = DueLines(items: items, visible: visible)
            #expect(Array(lines) == naive)
            for n in visible.indices { #expect(naive[lines.line(ofItem: n)] == .item(n)) }
            #expect(lines.itemCount(in: 0..<naive.count) == visible.count)
        }
    }

    /// At 40 columns the user and then today give way: the overdue count is never cut.
    @Test func aNarrowStatusLineKeepsTheOverdueCount() {
        let s = UI.state(Size(width: 40, height: 12), .zh)
        let line = Screen.render(s).line(Layout.status(s.size).y)
        #expect(line.contains("逾期 \(UI.model.due.overdueCount)") && !line.contains("用户"), "\(line)")
    }

    @Test func everyPanesStatusLineCountsTheOverdueItems() {
        var s = dueState()
        let overdue = UI.model.due.overdueCount
        #expect(overdue > 0)
        for key in ["1", "2", "3", "4", "5"] {
            UI.press(&s, .char(Character(key)))
            #expect(StatusLine.fixed(s).contains("\(overdue) overdue"))
        }
    }

    @Test func enterOnAnInspectionItemOpensItsCardAndEscComesBack() throws {
        var s = dueState()
        let position = try #require(s.due.visible.firstIndex { UI.model.due.items[$0].record?.kind == .inspection })
        UI.press(&s, .char("g"))
        for _ in 0..<position { UI.press(&s, .char("j")) }
        let item = try #require(s.selectedDueItem)
        UI.press(&s, .enter)
        #expect(s.inspectionCard == item.record?.id)
        UI.press(&s, .escape)
        #expect(s.inspectionCard == nil && s.pane == .due && s.selectedDueItem == item)
    }

    @Test func enterOnAProductItemOpensTheCaseAndEscComesBackToDue() throws {
        var s = dueState()
        let position = try #require(
            s.due.visible.firstIndex { UI.model.due.items[$0].record?.kind != .inspection && UI.model.due.items[$0].productId != nil })
        for _ in 0..<position { UI.press(&s, .char("j")) }
        let item = try #require(s.selectedDueItem)
        UI.press(&s, .enter)
        #expect(s.pane == .products && s.products.detail?.productId == item.productId && s.products.detail?.openedFrom == .due)
        UI.press(&s, .escape)
        #expect(s.pane == .due && s.products.detail == nil && s.selectedDueItem == item)
    }

    @Test func mShowsOnlyTheRowsTheUserOwns() throws {
        let owned = try #require(UI.model.due.items.compactMap(\.owner).first)
        var s = dueState(user: owned.name)
        let all = s.due.visible.count
        UI.press(&s, .char("m"))
        let mine = UI.model.due.list.owned(by: owned.name)
        #expect(!mine.isEmpty && mine.count < all)
        #expect(s.due.mine && s.due.visible.map { UI.model.due.items[$0] } == mine)
        UI.press(&s, .char("m"))
        #expect(!s.due.mine && s.due.visible.count == all)
        // Nobody by that name: the pane says so rather than showing an empty table.
        var none = dueState(user: "nobody")
        UI.press(&none, .char("m"))
        #expect(none.due.visible.isEmpty && Screen.render(none).text.contains("nothing due owned by nobody"))
    }

    @Test func slashFiltersTheRows() {
        var s = dueState()
        UI.press(&s, .char("/"))
        UI.type(&s, "lab report")
        UI.press(&s, .enter)
        let shown = s.due.visible.map { UI.model.due.items[$0] }
        #expect(!shown.isEmpty && shown.count < UI.model.due.items.count && shown.allSatisfy { $0.kind == .labReport })
        UI.press(&s, .escape)
        #expect(s.due.visible.count == UI.model.due.items.count)
    }

    @Test func aCutListEndsInItsPositionLineCountingItems() {
        var s = dueState(Size(width: 80, height: 24))
        let count = s.due.visible.count
        #expect(count > Layout.dueListRows(s.size))
        UI.press(&s, .char("G"))
        let text = Screen.render(s).text
        #expect(text.contains("\(count)/\(count)"))
        #expect(s.selectedDueItem == UI.model.due.items[s.due.visible[count - 1]])
    }
}

/// What a due item is found by: each of its words, in either case, and nothing across two of them.
@Suite struct DueSearchTextTests {
    @Test func anItemIsFoundByEachOfItsWordsInEitherCase() {
        let rows = UI.model.due
        #expect(!rows.items.isEmpty)
        for (item, haystack) in zip(rows.items, rows.haystacks) {
            var words = [item.due.description, item.what.zh, item.what.en, item.from.zh, item.from.en, item.kind.label.en]
            words += [item.productId, item.productName?.zh, item.productName?.en, item.owner?.name, item.owner?.nameEn].compactMap { $0 }
            for word in words where !word.isEmpty {
                #expect(haystack.contains(all: SearchTerm.terms(word.uppercased())), "\(word) in \(item.uid)")
            }
            if !item.what.en.isEmpty { #expect(!haystack.contains(all: SearchTerm.terms(item.due.description + item.what.en))) }
        }
    }
}
