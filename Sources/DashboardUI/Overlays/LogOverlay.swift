import PilotCore

/// A list overlay (`:log`, `M`, an import's problems, the undo list): lines in a box, wrapped to its width, the
/// selected entry in reverse where entries open, and a footer with the keys, the filter and the position.
enum LogOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, _ log: LogView) {
        let L = state.language
        let body = Layout.body(state.size)
        let layout = log.layout(state.size)
        let empty =
            log.filter.text.isEmpty ? Bilingual(zh: "（无记录）", en: "(no entries)") : Bilingual(zh: "（无匹配条目）", en: "(no entry matches)")
        let rows = LogView.rows(state.size, lineCount: layout.count)
        // Only the lines on screen are gathered: a long trail is not copied on every frame.
        let lines = layout.count == 0 ? [empty[L]] : layout.slice(log.scroll..<(log.scroll + rows))
        let box = body.centered(width: min(body.width, LogView.maxWidth), height: rows + 3)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: log.title)
        let inner = box.inset(by: 1)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height - 1)
        Document.draw(into: &grid, area: text, lines: lines.map { DocumentLine($0, Style(.overlay)) }, scroll: 0)
        if let selected = log.selectedLines(state.size) {
            for line in selected where line >= log.scroll && line < log.scroll + text.height {
                grid.restyle(Rect(x: inner.x, y: text.y + line - log.scroll, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
        footer(
            into: &grid, Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), log, lineCount: layout.count, rows: rows, L)
    }

    /// "Esc 关闭 · Enter 打开 · / 筛选" and the position; while a filter is typed, the filter and its count.
    private static func footer(into grid: inout Grid, _ row: Rect, _ log: LogView, lineCount: Int, rows: Int, _ L: Language) {
        let count = "\(log.shown.count)/\(log.entries.count)"
        if log.isTypingFilter {
            let x = grid.put(" /", x: row.x, y: row.y, style: Style(.overlay), limit: row.width)
            let room = Rect(x: row.x + x, y: row.y, width: max(1, row.width - x - DisplayWidth.of(count) - 2), height: 1)
            log.filter.draw(into: &grid, row: room, prefix: "", style: Style(.overlay))
            grid.put(" " + count, x: room.maxX, y: row.y, style: Style(.muted), limit: row.maxX - room.maxX)
            return
        }
        var keys =
            log.isDetail ? [Bilingual(zh: "Esc 返回列表", en: "Esc back to the list")[L]] : [Bilingual(zh: "Esc 关闭", en: "Esc closes")[L]]
        if log.opens && !log.isDetail { keys.append(Bilingual(zh: "Enter 打开", en: "Enter opens")[L]) }
        if !log.isDetail {
            keys.append(log.filter.text.isEmpty ? Bilingual(zh: "/ 筛选", en: "/ filter")[L] : "/\(log.filter.text) \(count)")
        }
        let position = lineCount > rows ? "  \(log.scroll + 1)–\(min(lineCount, log.scroll + rows))/\(lineCount) · j k PgDn PgUp" : ""
        grid.put(" " + keys.joined(separator: " · ") + position, x: row.x, y: row.y, style: Style(.muted), limit: row.width)
    }
}
