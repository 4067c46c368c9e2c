import PilotCore

/// `?`: every key of the current pane and the global ones, straight from the key table.
enum HelpOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, scroll: Int) {
        let L = state.language
        let bindings = Keymap.help(for: state)
        // The keys, then every `:` command.
        let rows =
            bindings.map { b in (b.keys.map(\.label).joined(separator: " "), b.help[L]) } + [("", ""), (":", Strings.commandsHeading[L])]
            + CommandList.all.map { (":" + $0.usage, $0.help[L]) }
        let keyWidth = min(16, rows.map { DisplayWidth.of($0.0) }.max() ?? 4)
        let textWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 10
        let body = Layout.body(state.size)
        let box = body.centered(width: keyWidth + textWidth + 6, height: rows.count + 4)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: Strings.helpTitle[L])
        let inner = box.inset(by: 1)
        let visible = max(0, inner.height - 1)
        let first = min(scroll, max(0, rows.count - visible))
        for (n, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + n
            grid.putPadded(row.0, x: inner.x + 1, y: y, width: keyWidth, style: Style(.hintKey, bold: true))
            grid.putPadded(row.1, x: inner.x + keyWidth + 2, y: y, width: max(0, inner.width - keyWidth - 3), style: Style(.overlay))
        }
        let more =
            rows.count > visible
            ? Bilingual(
                zh: "\(first + 1)-\(min(rows.count, first + visible))/\(rows.count) · j/k 滚动 · ",
                en: "\(first + 1)-\(min(rows.count, first + visible))/\(rows.count) · j/k scroll · ")[L]
            : ""
        let footer = more + Strings.helpFooter[L]
        grid.put(DisplayWidth.truncate(footer, to: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted))
    }
}
