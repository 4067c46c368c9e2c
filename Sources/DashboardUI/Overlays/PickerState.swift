import PilotCore

/// A searchable list over a form field (Enter on it, or typing): the options with their search text, what is
/// typed, the matching rows, the highlighted one and, for several, the ticked ids.
public struct PickerState: Equatable, Sendable {
    /// The form field the choice is written back to.
    public let field: FormFieldID
    public let title: String
    public let mode: PickerMode
    public let options: [PickerOption]
    public private(set) var query: TextInput
    /// Positions in `options` of the rows matching `query`: those it starts a word of first, each in list order.
    public private(set) var matches: [Int]
    public var list = ListState()
    /// The ids ticked so far, in the order ticked (several), or the one chosen.
    public private(set) var chosen: [String]

    init(field: FormFieldID, title: String, mode: PickerMode, options: [PickerOption], chosen: [String], query: String = "") {
        self.field = field
        self.title = title
        self.mode = mode
        self.options = options
        self.chosen = chosen
        self.query = TextInput(query)
        matches = Array(options.indices)
        refilter()
        // Open on the current value, so Enter alone keeps it.
        if query.isEmpty, let first = chosen.first, let row = matches.firstIndex(where: { options[$0].id == first }) {
            list.selected = row
        }
    }

    /// The highlighted option, if any row matches.
    public var highlighted: PickerOption? { matches.indices.contains(list.selected) ? options[matches[list.selected]] : nil }

    /// Applies an editing key to the search text and filters again from the top.
    mutating func edit(_ key: Key) -> Bool {
        guard query.handle(key) else { return false }
        refilter()
        list = ListState()
        return true
    }

    private mutating func refilter() {
        let q = query.text.trimmed
        guard !q.isEmpty else {
            matches = Array(options.indices)
            return
        }
        let ranked = options.indices.compactMap { i in options[i].rank(q).map { (rank: $0, index: i) } }
        matches = ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.index)
    }

    /// Ticks or unticks the highlighted option.
    mutating func toggle() {
        guard let id = highlighted?.id else { return }
        if let i = chosen.firstIndex(of: id) { chosen.remove(at: i) } else { chosen.append(id) }
    }

    /// What Enter writes back: the highlighted option for one; for several the ticked ones, plus the one found
    /// when something was typed (type a name, Enter: it is added).
    var confirmed: [String]? {
        switch mode {
        case .one, .optional: return highlighted.map { [$0.id] }
        case .several:
            if !query.text.trimmed.isEmpty, let found = highlighted, !chosen.contains(found.id) { return chosen + [found.id] }
            return chosen
        }
    }
}

extension PickerState {
    /// The picker of a form's picker field, on its current value, searching for `query`.
    static func open(on field: FormField, form: FormState, state: AppState, query: String) -> PickerState? {
        guard case .pick(let source, let mode) = field.kind else { return nil }
        let options = PickerCatalog.options(source, mode: mode, form: form, state: state)
        return PickerState(
            field: field.id, title: field.label[state.language], mode: mode, options: options, chosen: field.ids, query: query)
    }
}
