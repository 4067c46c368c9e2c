import PilotCore

/// An error too long for the status line, wrapped in a box at the bottom of the pane: any key closes it, and
/// `M` lists it again with every other message.
enum NoticeView {
    /// An error the status line would cut (why a delete was refused, the commands after an unknown one) is
    /// shown whole until the next key. Not over an overlay: a form shows its errors by its fields, and an
    /// import's problems or a conflict open an overlay that shows them whole.
    static func openIfCut(_ state: inout AppState) {
        guard let message = state.message, message.isError, !state.isTooSmall, StatusLine.cuts(message, state) else { return }
        guard state.overlays.isEmpty else { return }
        state.setOverlay(.notice, .notice(message))
    }

    static func draw(into grid: inout Grid, _ state: AppState, _ message: StatusMessage) {
        let body = Layout.body(state.size)
        let width = min(body.width, LogView.maxWidth)
        let lines = Document.wrap(TerminalText.visible(message.text), width: width - 4, indent: "")
        let shown = Array(lines.prefix(max(1, body.height - 3)))
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.maxY - shown.count - 3, width: width, height: shown.count + 3)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: Bilingual(zh: "错误", en: "Error")[state.language])
        let inner = box.inset(by: 1)
        for (n, line) in shown.enumerated() {
            grid.put(line, x: inner.x + 1, y: inner.y + n, style: Style(.error, bold: true), limit: inner.width - 1)
        }
        grid.put(
            Bilingual(zh: " 按任意键继续 · M 查看全部消息", en: " any key continues · M lists every message")[state.language], x: inner.x,
            y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }
}
