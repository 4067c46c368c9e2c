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
    /// Each entry's lines wrapped to `wrapWidth`: wrapping is the costly part of drawing a long trail, so it is
    /// done when the view opens or the screen's width changes, not on every frame or key.
    private var wrapped: [[String]] = []
    private var wrapWidth = 0

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

    static func textWidth(_ size: Size) -> Int { min(Layout.body(size).width, maxWidth) - 3 }

    /// Wraps every entry for a screen of `size`, unless it already is (AppState does this as the view is set).
    mutating func prepare(_ size: Size) {
        let width = Self.textWidth(size)
        guard width != wrapWidth || wrapped.count != entries.count else { return }
        wrapped = entries.map { Self.wrap($0.lines, width) }
        wrapWidth = width
    }

    /// Lines wider than `width` broken with continuations indented; a line that fits is kept as it is, and a
    /// blank line (between sections of an opened entry) stays.
    static func wrap(_ lines: [String], _ width: Int) -> [String] {
        lines.flatMap { line in
            DisplayWidth.of(line) <= width ? [line] : Document.wrap(line, width: width, indent: "   ")
        }
    }

    /// The shown entries' lines as a screen of `size` shows them: each entry's wrapped lines (shared with the
    /// cache, not copied) and where each starts. The view draws a slice and the keys move through them.
    struct Lines {
        let blocks: [[String]]
        let starts: [Int]
        let count: Int

        /// The lines in `range` (clamped), found from the entry holding its first line.
        func slice(_ range: Range<Int>) -> [String] {
            var out: [String] = []
            var entry = max(0, (starts.lastIndex { $0 <= range.lowerBound }) ?? 0)
            var line = range.lowerBound - (starts.isEmpty ? 0 : starts[entry])
            while out.count < range.count, entry < blocks.count {
                if line < blocks[entry].count {
                    out.append(blocks[entry][line])
                    line += 1
                } else {
                    entry += 1
                    line = 0
                }
            }
            return out
        }

        /// The lines of the shown entry `i`.
        func range(of i: Int) -> Range<Int> { starts[i]..<(i + 1 < starts.count ? starts[i + 1] : count) }
    }

    func layout(_ size: Size) -> Lines {
        let width = Self.textWidth(size)
        let cached = width == wrapWidth && wrapped.count == entries.count
        let blocks = shown.map { cached ? wrapped[$0] : Self.wrap(entries[$0].lines, width) }
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        var count = 0
        for block in blocks {
            starts.append(count)
            count += block.count
        }
        return Lines(blocks: blocks, starts: starts, count: count)
    }

    /// Every shown line (for tests and short lists; drawing takes a slice).
    func shownLines(_ size: Size) -> [String] {
        let lines = layout(size)
        return lines.slice(0..<lines.count)
    }

    /// The box's rows for text on a screen: the body's height less the border and the footer, at most every line.
    static func rows(_ size: Size, lineCount: Int) -> Int {
        max(1, min(Layout.body(size).height, max(1, lineCount) + 3) - 3)
    }

    static let maxWidth = 110

    /// Scrolls by `delta` lines (Int.min/max for the ends), never past the last page.
    mutating func scroll(by delta: Int, in size: Size) {
        let count = layout(size).count
        let last = max(0, count - Self.rows(size, lineCount: count))
        scroll = delta == .min ? 0 : delta == .max ? last : min(max(0, scroll + delta), last)
    }

    /// Moves the selection by `delta` entries and scrolls so the whole entry (or as much as fits) is shown.
    mutating func select(by delta: Int, in size: Size) {
        guard !shown.isEmpty else { return }
        selected = delta == .min ? 0 : delta == .max ? shown.count - 1 : min(max(0, selected + delta), shown.count - 1)
        let lines = layout(size)
        let rows = Self.rows(size, lineCount: lines.count)
        let entry = lines.range(of: selected)
        if entry.lowerBound < scroll {
            scroll = entry.lowerBound
        } else if entry.upperBound > scroll + rows {
            scroll = max(entry.lowerBound, entry.upperBound - rows)
        }
        scroll = min(scroll, max(0, lines.count - rows))
    }

    /// The lines of the selected entry on screen, for drawing it selected.
    func selectedLines(_ size: Size) -> Range<Int>? {
        guard opens, !isDetail, selected < shown.count else { return nil }
        return layout(size).range(of: selected)
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
