import PilotCore

/// The hint line (the keys of what has the keyboard) and the status line. A prompt takes the hint line: it is
/// drawn with the overlays.
enum BottomLines {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let hintRow = Layout.hints(state.size)
        grid.fill(hintRow, style: Style(.hint))
        if state.prompt == nil {
            var x = 0
            for hint in Keymap.hints(for: state) {
                let keyWidth = DisplayWidth.of(hint.key)
                let labelText = " " + hint.label[L] + "  "
                guard x + keyWidth + DisplayWidth.of(labelText) <= hintRow.width else { break }
                x += grid.put(hint.key, x: x, y: hintRow.y, style: Style(.hintKey, bold: true))
                x += grid.put(labelText, x: x, y: hintRow.y, style: Style(.hint))
            }
            if !state.products.filter.isEmpty && state.pane == .products {
                let f = "/\(state.products.filter) (\(state.products.visible.count))"
                let w = DisplayWidth.of(f)
                if x + w <= hintRow.width { grid.put(f, x: hintRow.width - w, y: hintRow.y, style: Style(.prompt)) }
            }
        }
        StatusLine.draw(into: &grid, state)
    }
}
