import PilotCore

/// `:log`: the audit trail of one record, newest first.
enum LogOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, _ log: LogView) {
        let body = Layout.body(state.size)
        let lines = log.lines.isEmpty ? [Bilingual(zh: "（无记录）", en: "(no entries)")[state.language]] : log.lines
        let box = body.centered(width: min(body.width, 110), height: min(body.height, lines.count + 3))
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: log.title)
        let inner = box.inset(by: 1)
        Document.draw(
            into: &grid, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height - 1),
            lines: lines.map { DocumentLine($0, Style(.overlay)) }, scroll: 0)
        grid.put(
            Bilingual(zh: " Esc 关闭", en: " Esc closes")[state.language], x: inner.x, y: inner.maxY - 1, style: Style(.muted),
            limit: inner.width)
    }
}
