import PilotCore

enum BottomLines {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let hintRow = Layout.hints(state.size)
        grid.fill(hintRow, style: Style(.hint))
        switch state.prompt {
        case .filter(let input):
            let count = "  \(state.products.visible.count)/\(state.model.rows.count) \(Strings.matches[L])"
            let countWidth = DisplayWidth.of(count)
            input.draw(into: &grid, row: Rect(x: 0, y: hintRow.y, width: max(1, hintRow.width - countWidth), height: 1),
                       prefix: "/", style: Style(.prompt))
            grid.put(count, x: max(0, hintRow.width - countWidth), y: hintRow.y, style: Style(.muted))
        case .command(let input):
            input.draw(into: &grid, row: hintRow, prefix: ":", style: Style(.prompt))
        case .confirm(let confirmation):
            grid.put(confirmation.question[L] + " " + Strings.confirmYesNo[L], x: 0, y: hintRow.y, style: Style(.warning, bold: true))
        case .goToDate(let input):
            input.draw(into: &grid, row: hintRow, prefix: Bilingual(zh: "跳转到日期：", en: "go to date: ")[L], style: Style(.prompt))
        case .reason(let purpose, let input):
            input.draw(into: &grid, row: hintRow, prefix: purpose.question[L], style: Style(.warning, bold: true))
        case .closeRectification(let inspection, let input):
            let id = inspection.id
            input.draw(into: &grid, row: hintRow, prefix: Bilingual(zh: "\(id) 整改完成日期：", en: "\(id) rectification closed on: ")[L], style: Style(.prompt))
        case nil:
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
