import PilotCore

/// A one-line prompt, drawn over the hint line.
enum PromptView {
    static func draw(into grid: inout Grid, _ state: AppState, _ prompt: Prompt) {
        let L = state.language
        let hintRow = Layout.hints(state.size)
        switch prompt {
        case .filter(let input):
            // The pane's own records: samplings in the sampling pane, products in the products pane.
            let count = state.pane.component.filterStatus(state).map { "  " + $0.text(L, withFilter: false) } ?? ""
            let countWidth = DisplayWidth.of(count)
            input.draw(
                into: &grid, row: Rect(x: 0, y: hintRow.y, width: max(1, hintRow.width - countWidth), height: 1),
                prefix: "/", style: Style(.prompt))
            grid.put(count, x: max(0, hintRow.width - countWidth), y: hintRow.y, style: Style(.muted))
        case .command(let line):
            line.input.draw(into: &grid, row: hintRow, prefix: ":", style: Style(.prompt))
        case .confirm(let confirmation):
            grid.put(confirmation.question[L] + " " + Strings.confirmYesNo[L], x: 0, y: hintRow.y, style: Style(.warning, bold: true))
        case .goToDate(let input):
            input.draw(into: &grid, row: hintRow, prefix: Strings.goToDatePrompt[L], style: Style(.prompt))
        case .reason(let purpose, let input):
            input.draw(into: &grid, row: hintRow, prefix: purpose.question[L], style: Style(.warning, bold: true))
        case .closeRectification(let inspection, let input):
            let prefix = Bilingual(zh: "\(inspection.id) 整改报告收到日期：", en: "\(inspection.id) rectification report received on: ")
            input.draw(into: &grid, row: hintRow, prefix: prefix[L], style: Style(.prompt))
        }
    }
}
