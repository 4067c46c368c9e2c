import PilotCore

/// A list of lines over the pane (`:log`, one record's audit trail; `M`, the messages): scrolled with j/k and the
/// page keys.
public struct LogView: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    /// The first line shown.
    public var scroll = 0

    public init(title: String, lines: [String], scroll: Int = 0) {
        self.title = title
        self.lines = lines
        self.scroll = scroll
    }

    /// The lines as a screen of `size` shows them: each wrapped to the box's width, continuations indented.
    /// The view draws these and the keys scroll through them, so both agree.
    func shownLines(_ size: Size) -> [String] {
        let width = min(Layout.body(size).width, Self.maxWidth) - 3
        return lines.flatMap { Document.wrap($0, width: width, indent: "   ") }
    }

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
}
