import PilotCore

/// `:log` (one record's audit trail, newest first) and `M` (the session's messages): lines in a box, wrapped to
/// its width, with their position when they do not all fit.
enum LogOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, _ log: LogView) {
        let body = Layout.body(state.size)
        let wrapped = log.shownLines(state.size)
        let lines = wrapped.isEmpty ? [Bilingual(zh: "（无记录）", en: "(no entries)")[state.language]] : wrapped
        let rows = LogView.rows(state.size, lineCount: wrapped.count)
        let box = body.centered(width: min(body.width, LogView.maxWidth), height: rows + 3)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: log.title)
        let inner = box.inset(by: 1)
        Document.draw(
            into: &grid, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height - 1),
            lines: lines.map { DocumentLine($0, Style(.overlay)) }, scroll: log.scroll)
        let position =
            wrapped.count > rows ? "  \(log.scroll + 1)–\(min(wrapped.count, log.scroll + rows))/\(wrapped.count) · j k PgDn PgUp" : ""
        grid.put(
            Bilingual(zh: " Esc 关闭", en: " Esc closes")[state.language] + position, x: inner.x, y: inner.maxY - 1, style: Style(.muted),
            limit: inner.width)
    }
}
