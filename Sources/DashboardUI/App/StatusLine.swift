import PilotCore

enum StatusLine {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let row = Layout.status(state.size)
        grid.fill(row, style: Style(.status))
        var x = grid.put(fixed(state), x: 0, y: row.y, style: Style(.status))
        // The last message matters more than the store path: it goes first, the path gets what is left,
        // cut from the left so its last folders show.
        // A message cut at the edge says where to read it whole.
        if let message = state.message, x + 4 < row.width {
            let room = messageRoom(state)
            var text = TerminalText.visible(message.text)
            if DisplayWidth.of(text) > room { text = DisplayWidth.truncate(text, to: max(1, room - 4)) + " [M]" }
            x += grid.put(" │ " + text, x: x, y: row.y, style: Style(message.isError ? .error : .message, bold: message.isError))
        }
        let label = " │ \(Strings.store[L]) "
        // One cell stays free: terminals cannot write the bottom-right cell without scrolling.
        let room = row.width - 1 - x - DisplayWidth.of(label)
        var path = state.context.storePath
        if room >= 8 {
            if DisplayWidth.of(path) > room { path = "…" + String(path.suffix(room - 1)) }
            grid.put(label + path, x: x, y: row.y, style: Style(.status))
        }
    }

    /// The pane, the user, today, the overdue count, read-only and a lost connection: what the line always starts
    /// with. On a narrow screen the user and then today give way, so the rest is never cut.
    static func fixed(_ state: AppState) -> String {
        let L = state.language
        let user = "\(Strings.user[L]) \(state.context.user)"
        let today = "\(Strings.today[L]) \(state.model.today)"
        var parts = [" " + state.pane.component.title[L], user, today]
        // Counted once per model build, after the first frame; every pane says it once it is.
        if let overdue = state.model.overdueCount, overdue > 0 { parts.append(Bilingual(zh: "逾期 \(overdue)", en: "\(overdue) overdue")[L]) }
        if state.context.readOnly { parts.append(Strings.readOnly[L]) }
        if state.context.connectionLost != nil { parts.append(Strings.disconnected[L]) }
        for optional in [user, today] where DisplayWidth.of(parts.joined(separator: " │ ")) > state.size.width - 1 {
            parts.removeAll { $0 == optional }
        }
        return parts.joined(separator: " │ ")
    }

    /// The cells a message has after the fixed part and its separator (one cell stays free at the right edge).
    static func messageRoom(_ state: AppState) -> Int { state.size.width - 1 - DisplayWidth.of(fixed(state)) - 3 }

    /// Whether the line cuts `message`.
    static func cuts(_ message: StatusMessage, _ state: AppState) -> Bool {
        DisplayWidth.of(TerminalText.visible(message.text)) > messageRoom(state)
    }
}
