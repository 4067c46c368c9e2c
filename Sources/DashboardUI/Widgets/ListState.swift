/// A list's selection and scroll position, kept per pane (ratatui's ListState).
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    /// Moves the selection by `delta` within `count` rows and scrolls so it stays in a window of `height` rows.
    mutating func move(_ delta: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
        scroll(count: count, height: height)
    }

    /// Applies a motion (j/k, a page, first, last) to a list of `count` rows shown `page` at a time; false for
    /// any other command.
    mutating func apply(_ command: Command, count: Int, page: Int) -> Bool {
        switch command {
        case .down: move(1, count: count, height: page)
        case .up: move(-1, count: count, height: page)
        case .pageDown: move(ListState.rowsShown(count: count, height: page), count: count, height: page)
        case .pageUp: move(-ListState.rowsShown(count: count, height: page), count: count, height: page)
        case .top: move(-count, count: count, height: page)
        case .bottom: move(count, count: count, height: page)
        default: return false
        }
        return true
    }

    /// Rows a window `height` rows tall shows of `count`: when they do not all fit, its last row goes to the
    /// position line (`ListMarker`).
    static func rowsShown(count: Int, height: Int) -> Int { count > height && height >= 2 ? height - 1 : max(1, height) }

    mutating func scroll(count: Int, height: Int) {
        let h = ListState.rowsShown(count: count, height: height)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = max(0, min(offset, max(0, count - h)))
    }
}
