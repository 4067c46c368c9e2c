import PilotCore

/// Keys over a list overlay (`:log`, `M`, an import's problems, the undo list). Where entries open, j/k move
/// the selection entry by entry; elsewhere they scroll line by line.
enum LogReducer {
    /// While the filter is being typed every key is typing, before the key table sees it.
    static func typing(_ state: inout AppState, _ log: LogView, _ key: Key) -> Bool {
        guard log.isTypingFilter else { return false }
        var log = log
        log.typeFilter(key, in: state.size)
        state.logView = log
        return true
    }

    static func run(_ state: inout AppState, _ log: LogView, _ command: Command) {
        var log = log
        let size = state.size
        let page = LogView.rows(size, lineCount: log.layout(size).count)
        let selects = log.opens && !log.isDetail
        switch command {
        case .close:
            // Esc clears a filter first, and leaves an entry's detail for the list it came from.
            if !log.filter.text.isEmpty {
                log.typeFilter(.escape, in: size)
            } else if let previous = log.previous {
                log = previous
            } else {
                state.logView = nil
                return
            }
        case .open:
            // Enter opens the selected entry; on an opened entry it goes back, like Esc; a plain list closes.
            if let detail = log.opened() {
                log = detail
            } else if let previous = log.previous {
                log = previous
            } else if !log.opens {
                state.logView = nil
                return
            }
        case .filter where !log.isDetail: log.startFilter()
        case .down: selects ? log.select(by: 1, in: size) : log.scroll(by: 1, in: size)
        case .up: selects ? log.select(by: -1, in: size) : log.scroll(by: -1, in: size)
        case .pageDown: selects ? log.select(by: max(1, page / 3), in: size) : log.scroll(by: page, in: size)
        case .pageUp: selects ? log.select(by: -max(1, page / 3), in: size) : log.scroll(by: -page, in: size)
        case .top: selects ? log.select(by: .min, in: size) : log.scroll(by: .min, in: size)
        case .bottom: selects ? log.select(by: .max, in: size) : log.scroll(by: .max, in: size)
        default: break
        }
        state.logView = log
    }
}
