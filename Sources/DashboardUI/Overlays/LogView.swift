import PilotCore

/// A list of entries over the pane (`:log`, the audit trail; `M`, the messages; an import's problems; the undo
/// list): scrolled with j/k and the page keys, narrowed with `/`. Where entries open (the audit trail), j/k
/// select an entry and Enter shows it whole; Esc goes back to the list where it was.
public struct LogView: Equatable, Sendable {
    public var title: String
    public private(set) var entries: [LogEntry]
    /// The first line shown.
    public var scroll = 0
    /// The selected entry, an index into `shown` (only where entries open).
    public private(set) var selected = 0
    /// Only entries containing this text are shown (case-insensitive); `isTypingFilter` while it is typed.
    public private(set) var filter = TextInput()
    public private(set) var isTypingFilter = false
    /// The indices of the entries the filter lets through, kept so drawing does not search every frame.
    public private(set) var shown: [Int]
    /// The list this view was opened from (an entry's detail), restored by Esc.
    private var back: [LogView] = []

    public init(title: String, lines: [String], scroll: Int = 0) {
        self.init(title: title, entries: lines.map { LogEntry(lines: [$0]) }, scroll: scroll)
    }

    public init(title: String, entries: [LogEntry], scroll: Int = 0) {
        self.title = title
        self.entries = entries
        self.scroll = scroll
        shown = Array(entries.indices)
    }

    /// Every entry's lines, filtered or not.
    public var lines: [String] { entries.flatMap(\.lines) }

    /// Whether entries open (and so are selected one at a time).
    public var opens: Bool { entries.contains { $0.detail != nil } }

    var isDetail: Bool { !back.isEmpty }

    /// The lines as a screen of `size` shows them, each wrapped to the box's width with continuations indented,
    /// and where each shown entry starts among them. The view draws these and the keys move through them.
    func layout(_ size: Size) -> (lines: [String], starts: [Int]) {
        let width = min(Layout.body(size).width, Self.maxWidth) - 3
        var lines: [String] = []
        var starts: [Int] = []
        for i in shown {
            starts.append(lines.count)
            // A blank line separates sections of an opened entry; wrapping would drop it.
            lines += entries[i].lines.flatMap { $0.isEmpty ? [""] : Document.wrap($0, width: width, indent: "   ") }
        }
        return (lines, starts)
    }

    func shownLines(_ size: Size) -> [String] { layout(size).lines }

    /// The box's rows for text on a screen: the body's height less the border and the footer, at most every line.
    static func rows(_ size: Size, lineCount: Int) -> Int {
        max(1, min(Layout.body(size).height, max(1, lineCount) + 3) - 3)
    }

    static let maxWidth = 110

    /// Scrolls by `delta` lines (Int.min/max for the ends), never past the last page.
    mutating func scroll(by delta: Int, in size: Size) {
        let count = shownLines(size).count
        let last = max(0, count - Self.rows(size, lineCount: count))
        scroll = delta == .min ? 0 : delta == .max ? last : min(max(0, scroll + delta), last)
    }

    /// Moves the selection by `delta` entries and scrolls so the whole entry (or as much as fits) is shown.
    mutating func select(by delta: Int, in size: Size) {
        guard !shown.isEmpty else { return }
        selected = delta == .min ? 0 : delta == .max ? shown.count - 1 : min(max(0, selected + delta), shown.count - 1)
        let (lines, starts) = layout(size)
        let rows = Self.rows(size, lineCount: lines.count)
        let start = starts[selected]
        let end = selected + 1 < starts.count ? starts[selected + 1] : lines.count
        if start < scroll { scroll = start } else if end > scroll + rows { scroll = max(start, end - rows) }
        scroll = min(scroll, max(0, lines.count - rows))
    }

    /// The lines of the selected entry on screen, for drawing it selected.
    func selectedLines(_ size: Size) -> Range<Int>? {
        guard opens, !isDetail, selected < shown.count else { return nil }
        let (lines, starts) = layout(size)
        return starts[selected]..<(selected + 1 < starts.count ? starts[selected + 1] : lines.count)
    }

    /// Enter: the selected entry's detail as a view of its own, which Esc leaves for this one.
    func opened() -> LogView? {
        guard !isDetail, selected < shown.count, let detail = entries[shown[selected]].detail else { return nil }
        var view = LogView(title: "\(title) · \(selected + 1)/\(shown.count)", lines: detail)
        view.back = [self]
        return view
    }

    /// Esc on an entry's detail: the list it was opened from.
    var previous: LogView? { back.last }

    mutating func startFilter() { isTypingFilter = true }

    /// A key typed into the filter: Enter keeps it, Esc clears it; the entries shown follow each key.
    mutating func typeFilter(_ key: Key, in size: Size) {
        switch key {
        case .enter: isTypingFilter = false
        case .escape:
            isTypingFilter = false
            filter = TextInput()
        default: _ = filter.handle(key)
        }
        let needle = filter.text.lowercased()
        shown = entries.indices.filter { i in needle.isEmpty || entries[i].lines.contains { $0.lowercased().contains(needle) } }
        selected = 0
        scroll = 0
    }
}
