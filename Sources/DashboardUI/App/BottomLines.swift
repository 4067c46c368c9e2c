import PilotCore

/// The hint line (the keys of what has the keyboard) and the status line. A prompt takes the hint line: it is
/// drawn with the overlays.
enum BottomLines {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let hintRow = Layout.hints(state.size)
        grid.fill(hintRow, style: Style(.hint))
        if state.prompt == nil {
            // An active filter always shows at the right, cut from its text before its count; the key hints take
            // what is left.
            var room = hintRow.width
            if let status = state.pane.component.filterStatus(state), !status.filter.isEmpty {
                let count = " " + status.text(L, withFilter: false)
                let filterRoom = max(2, min(hintRow.width / 2, hintRow.width - DisplayWidth.of(count)))
                var filter = "/" + status.filter
                if DisplayWidth.of(filter) > filterRoom { filter = DisplayWidth.truncate(filter, to: filterRoom) }
                let text = filter + count + " "
                room = max(0, hintRow.width - DisplayWidth.of(text))
                grid.put(text, x: room, y: hintRow.y, style: Style(.prompt, bold: true), limit: hintRow.width - room)
            }
            var x = 0
            // Why the selected row matched, when the row cannot show it, matters more than the key hints.
            if let note = state.pane.component.filterStatus(state)?.note, room > 2 {
                x += grid.put(" " + note, x: 0, y: hintRow.y, style: Style(.hint, bold: true), limit: room - 1)
                room = 0
            }
            for hint in Keymap.hints(for: state) {
                let keyWidth = DisplayWidth.of(hint.key)
                let labelText = " " + hint.label[L] + "  "
                guard x + keyWidth + DisplayWidth.of(labelText) <= room else { break }
                x += grid.put(hint.key, x: x, y: hintRow.y, style: Style(.hintKey, bold: true))
                x += grid.put(labelText, x: x, y: hintRow.y, style: Style(.hint))
            }
        }
        StatusLine.draw(into: &grid, state)
    }
}
