import PilotCore

/// A list that filters as you type, steps through its matches, cycles its sort and keeps the selected record
/// selected across all of these and across reloads (the products list and the samplings list).
public struct FilterableList<Sort: ListSort>: Equatable, Sendable {
    public var filter = ""
    public var sort: Sort
    /// Row positions shown, in order: the filter applied to the sort order.
    public var visible: [Int] = []
    public var selection = ListState()

    init(sort: Sort) {
        self.sort = sort
    }

    /// The row position under the cursor.
    var selectedPosition: Int? {
        visible.indices.contains(selection.selected) ? visible[selection.selected] : nil
    }

    /// Shows the rows matching the filter in sort order, keeping record `id` selected while it is shown.
    /// `narrowing` searches only the rows shown: typing one more character need not scan every row again.
    mutating func refilter<Rows: FilterableRows>(_ rows: Rows, keeping id: String?, height: Int, narrowing: Bool = false)
    where Rows.Sort == Sort {
        let base = narrowing ? visible : rows.order(sort)
        let terms = SearchTerm.terms(filter)
        visible = terms.isEmpty ? base : rows.filter(base, by: terms, narrowing: narrowing)
        if let id, let position = visible.firstIndex(where: { rows.id($0) == id }) {
            selection.selected = position
        } else {
            selection = ListState()
        }
        selection.scroll(count: visible.count, height: height)
    }

    /// Esc: every row again, with the same record selected.
    mutating func clearFilter<Rows: FilterableRows>(_ rows: Rows, height: Int) where Rows.Sort == Sort {
        let id = selectedPosition.map(rows.id)
        filter = ""
        refilter(rows, keeping: id, height: height)
    }

    /// `s`: the next sort order, with the same record selected.
    mutating func cycleSort<Rows: FilterableRows>(_ rows: Rows, height: Int) where Rows.Sort == Sort {
        let id = selectedPosition.map(rows.id)
        sort = sort.next
        refilter(rows, keeping: id, height: height)
    }

    /// `n`/`N`: with a filter every row shown is a match, so this steps through the rows, wrapping around.
    mutating func stepMatch(_ delta: Int, height: Int) {
        let count = visible.count
        guard count > 0 else { return }
        selection.selected = ((selection.selected + delta) % count + count) % count
        selection.scroll(count: count, height: height)
    }

    /// A key in the filter prompt: Enter keeps the filter, Esc clears it, ↑/↓ move, anything else edits it.
    /// Returns the prompt's input while the prompt stays open, nil once it closes.
    mutating func filterKey<Rows: FilterableRows>(_ key: Key, _ input: TextInput, _ rows: Rows, height: Int) -> TextInput?
    where Rows.Sort == Sort {
        switch key {
        case .enter:
            return nil
        case .escape:
            clearFilter(rows, height: height)
            return nil
        case .up, .down:
            selection.move(key == .up ? -1 : 1, count: visible.count, height: height)
            return input
        default:
            var edited = input
            guard edited.handle(key) else { return input }
            let id = selectedPosition.map(rows.id)
            filter = edited.text
            // Typing at the end narrows the current matches; any other edit searches all rows again.
            refilter(rows, keeping: id, height: height, narrowing: !input.text.isEmpty && edited.text.hasPrefix(input.text))
            return edited
        }
    }
}
