import PilotCore
import Testing

@testable import DashboardUI

/// The filterable list on its own, over a handful of fruit: filtering, matches, sorting, reloads.
@Suite struct FilterableListTests {
    enum FruitSort: String, ListSort {
        case byName, byPrice
        var label: Bilingual { Bilingual(zh: rawValue, en: rawValue) }
    }

    struct Fruit: FilterableRows {
        var items: [(id: String, name: String, price: Int)] = [
            ("F1", "apple", 3), ("F2", "apricot", 5), ("F3", "banana", 1), ("F4", "blackberry", 4), ("F5", "cherry", 2),
        ]
        func order(_ sort: FruitSort) -> [Int] {
            switch sort {
            case .byName: return items.indices.sorted { items[$0].name < items[$1].name }
            case .byPrice: return items.indices.sorted { items[$0].price < items[$1].price }
            }
        }
        func searchText(_ position: Int) -> SearchHaystack { SearchHaystack(items[position].name) }
        func id(_ position: Int) -> String { items[position].id }
    }

    let fruit = Fruit()

    func list(_ rows: Fruit? = nil) -> FilterableList<FruitSort> {
        var list = FilterableList(sort: FruitSort.byName)
        list.refilter(rows ?? fruit, keeping: nil, height: 3)
        return list
    }

    func shown(_ list: FilterableList<FruitSort>, _ rows: Fruit? = nil) -> [String] { list.visible.map { (rows ?? fruit).id($0) } }

    func type(_ text: String, into list: inout FilterableList<FruitSort>, from input: TextInput = TextInput()) -> TextInput? {
        var input: TextInput? = input
        for c in text { input = input.flatMap { list.filterKey(.char(c), $0, fruit, height: 3) } }
        return input
    }

    @Test func typingNarrowsAndEditingSearchesAllAgain() throws {
        var list = list()
        let input = try #require(type("ap", into: &list))
        #expect(shown(list) == ["F1", "F2"])
        // Typing at the end searches only the rows shown (here narrowed by hand to apricot), so apple is not found...
        list.visible = [1]
        _ = type("p", into: &list, from: input)
        #expect(shown(list).isEmpty)
        // ...while any other edit (here a backspace) searches every row again.
        let edited = list.filterKey(.backspace, TextInput("app"), fruit, height: 3)
        #expect(edited?.text == "ap" && shown(list) == ["F1", "F2"])
        #expect(list.filter == "ap")
    }

    @Test func everyWordMustMatchAndCaseDoesNot() {
        var list = list()
        _ = type("B ERR", into: &list)
        #expect(shown(list) == ["F4"])
    }

    @Test func escapeClearsKeepingTheSelectedRowAndEnterKeeps() {
        var list = list()
        _ = type("rr", into: &list)
        #expect(shown(list) == ["F4", "F5"])
        #expect(list.filterKey(.down, TextInput("rr"), fruit, height: 3)?.text == "rr")
        #expect(list.selectedPosition.map(fruit.id) == "F5")
        #expect(list.filterKey(.enter, TextInput("rr"), fruit, height: 3) == nil)
        #expect(list.filter == "rr" && list.visible.count == 2)
        #expect(list.filterKey(.escape, TextInput("rr"), fruit, height: 3) == nil)
        #expect(list.filter.isEmpty && list.visible.count == 5)
        #expect(list.selectedPosition.map(fruit.id) == "F5")
        // Five rows in a window of three: two show, the third says "5/5 · 上有3项".
        #expect(list.selection == ListState(selected: 4, offset: 3))
    }

    @Test func matchesWrapBothWays() {
        var list = list()
        list.stepMatch(-1, height: 3)
        #expect(list.selection == ListState(selected: 4, offset: 3))
        list.stepMatch(1, height: 3)
        #expect(list.selection == ListState(selected: 0, offset: 0))
        list.stepMatch(1, height: 3)
        #expect(list.selection.selected == 1)
    }

    @Test func cyclingTheSortKeepsTheSelectedRow() {
        var list = list()
        list.stepMatch(1, height: 3) // apricot
        list.cycleSort(fruit, height: 3)
        #expect(list.sort == .byPrice)
        #expect(shown(list) == ["F3", "F5", "F1", "F4", "F2"])
        #expect(list.selectedPosition.map(fruit.id) == "F2" && list.selection.offset == 3)
        list.cycleSort(fruit, height: 3)
        #expect(list.sort == .byName && list.selectedPosition.map(fruit.id) == "F2")
    }

    @Test func aReloadKeepsTheSelectionByIdElseGoesToTheTop() {
        var list = list()
        list.stepMatch(-1, height: 3) // cherry
        var reloaded = fruit
        reloaded.items.insert(("F0", "avocado", 6), at: 0)
        let selected = list.selectedPosition.map(fruit.id)
        list.refilter(reloaded, keeping: selected, height: 3)
        #expect(shown(list, reloaded) == ["F1", "F2", "F0", "F3", "F4", "F5"])
        #expect(list.selectedPosition.map(reloaded.id) == "F5")
        reloaded.items.removeLast()
        list.refilter(reloaded, keeping: "F5", height: 3)
        #expect(list.selection == ListState(selected: 0, offset: 0))
    }

    @Test func anEmptyListHasNoSelectionAndKeysDoNothing() {
        let empty = Fruit(items: [])
        var list = list(empty)
        #expect(list.visible.isEmpty && list.selectedPosition == nil)
        list.stepMatch(1, height: 3)
        list.cycleSort(empty, height: 3)
        #expect(list.selection == ListState(selected: 0, offset: 0))
        #expect(list.filterKey(.down, TextInput(), empty, height: 3) != nil)
        #expect(list.selection == ListState(selected: 0, offset: 0))
        var filtered = self.list()
        _ = type("zzz", into: &filtered)
        #expect(filtered.visible.isEmpty && filtered.selectedPosition == nil)
    }

    /// In the dashboard the sampling table shares the screen with its panel: moving scrolls by the table's own
    /// rows (the layout the view draws), so the selected sampling stays on screen.
    @Test func theSamplingListScrollsByTheRowsItShows() {
        var s = UI.state(Size(width: 80, height: 24))
        UI.press(&s, .char("3"), .char("G"))
        let rows = Layout.samplingListRows(s.size)
        #expect(rows < Layout.listRows(s.size) && s.sampling.visible.count > rows)
        #expect(s.sampling.list.selected == s.sampling.visible.count - 1)
        #expect((s.sampling.list.offset..<s.sampling.list.offset + rows).contains(s.sampling.list.selected))
    }
}

/// The byte search behind every filter: each term must occur, in any order; Chinese, pinyin and edge cases.
@Suite struct SearchHaystackTests {
    func matches(_ text: String, _ filter: String) -> Bool { SearchHaystack(text).contains(all: SearchTerm.terms(filter)) }

    @Test func everyTermMustOccur() {
        #expect(matches("苏禾康\u{1F}suhekang\u{1F}shk", "shk"))
        #expect(matches("苏禾康\u{1F}suhekang", "康 suhe"))
        #expect(!matches("苏禾康\u{1F}suhekang", "康 zz"))
        #expect(matches("abc", "") && matches("", ""))
        #expect(!matches("", "a") && !matches("ab", "abc"))
        #expect(matches("xxab", "ab") && matches("abxx", "ab") && matches("aab", "ab"))
        #expect(matches("p07 yhm-301", "YHM"), "the filter is lower-cased as the text is")
        // The same answers as String.contains over a small alphabet, every needle of up to 3 letters.
        let text = "abacabad"
        for a in ["a", "b", "c", "d", "e"] {
            for b in ["", "a", "b", "c", "d"] {
                for c in ["", "a", "b"] {
                    let needle = a + b + c
                    #expect(matches(text, needle) == text.contains(needle), "\(needle)")
                }
            }
        }
    }
}
