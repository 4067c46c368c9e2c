import PilotCore

/// The commands every filterable list answers alike: `/` opens its filter, `s` cycles its sort and says so, `n`/`N`
/// step through the matches, and the motions move the selection. A pane with such a list hands them here.
enum ListCommands {
    /// Runs `command` on the list at `list`; false when it is not a list command.
    static func run<Rows: FilterableRows>(
        _ state: inout AppState, _ list: WritableKeyPath<AppState, FilterableList<Rows.Sort>>, _ rows: Rows, height: Int,
        _ command: Command
    ) -> Bool {
        let L = state.language
        switch command {
        case .filter:
            state.prompt = .filter(TextInput(state[keyPath: list].filter))
        case .clearFilter:
            // Esc in a filtered list clears the filter first, keeping the selected record; unfiltered, it is free.
            guard !state[keyPath: list].filter.isEmpty else { return false }
            state[keyPath: list].clearFilter(rows, height: height)
        case .cycleSort:
            state[keyPath: list].cycleSort(rows, height: height)
            state.message = StatusMessage(text: Strings.sortedBy[L] + state[keyPath: list].sort.label[L], isError: false)
        case .nextMatch, .previousMatch:
            state[keyPath: list].stepMatch(command == .nextMatch ? 1 : -1, height: height)
        default:
            return state[keyPath: list].selection.apply(command, count: state[keyPath: list].visible.count, page: height)
        }
        return true
    }
}
