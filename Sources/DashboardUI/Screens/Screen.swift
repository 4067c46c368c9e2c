import PilotCore

/// Draws the whole dashboard for a state: header with tabs, the pane, hints or prompt, status line, overlays.
/// Pure: the same state gives the same grid, for the terminal, `biopilot render` and the golden tests.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        if state.isTooSmall {
            TooSmall.draw(into: &grid, state)
            return grid
        }
        Header.draw(into: &grid, state)
        let body = Layout.body(state.size)
        switch state.pane {
        case .products:
            if let detail = state.products.detail {
                CaseDetail.draw(into: &grid, area: body, state, detail)
            } else {
                ProductList.draw(into: &grid, area: body, state)
            }
        case .calendar:
            CalendarScreen.draw(into: &grid, area: body, state)
        case .sampling:
            SamplingScreen.draw(into: &grid, state)
        case .coverage:
            CoverageScreen.draw(into: &grid, area: body, state)
        }
        BottomLines.draw(into: &grid, state)
        if let id = state.calendar.openInspection, state.pane == .calendar { InspectionOverlay.draw(into: &grid, state, id) }
        if let form = state.form { FormView.draw(into: &grid, area: body, form: form, language: state.language) }
        if let conflict = state.conflict { ConflictView.draw(into: &grid, area: body, conflict: conflict, language: state.language) }
        if let log = state.logView { LogOverlay.draw(into: &grid, state, log) }
        if state.showHelp { HelpOverlay.draw(into: &grid, state) }
        return grid
    }
}

enum TooSmall {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let lines = [Strings.tooSmall[L], "\(Strings.tooSmallNeed[L]) \(state.size.width)×\(state.size.height)", "q"]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (n, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line, to: state.size.width)
            let x = max(0, (state.size.width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + n, style: Style(n == 0 ? .warning : .muted, bold: n == 0))
        }
    }
}

enum Header {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let area = Layout.header(state.size)
        grid.fill(area, style: Style(.header))
        // The name goes first when there is room for it and the tabs.
        let name = " biopilot "
        var x = area.width >= 60 ? grid.put(name, x: 0, y: 0, style: Style(.header, bold: true)) : 0
        // Tabs with their Chinese names in the English UI when they fit, without when they do not.
        let withTerms = Pane.allCases.map { " \($0.rawValue) \(L == .zh ? $0.title.zh : "\($0.title.en) \($0.title.zh)") " }
        let plain = Pane.allCases.map { " \($0.rawValue) \($0.title[L]) " }
        let short = Pane.allCases.map { " \($0.rawValue) \($0.shortTitle[L]) " }
        let tiny = Pane.allCases.map { " \($0.rawValue) " }
        let room = area.width - x
        let labels = [withTerms, plain, short].first { DisplayWidth.of($0.joined()) <= room } ?? tiny
        for (pane, label) in zip(Pane.allCases, labels) {
            let active = pane == state.pane
            x += grid.put(label, x: x, y: 0, style: Style(active ? .tabActive : .tab, bold: active))
        }
    }
}

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
            input.draw(into: &grid, row: hintRow, prefix: L == .zh ? "跳转到日期：" : "go to date: ", style: Style(.prompt))
        case .reason(let purpose, let input):
            input.draw(into: &grid, row: hintRow, prefix: purpose.question[L], style: Style(.warning, bold: true))
        case .closeRectification(let inspection, let input):
            let id = inspection.id
            input.draw(into: &grid, row: hintRow, prefix: L == .zh ? "\(id) 整改完成日期：" : "\(id) rectification closed on: ", style: Style(.prompt))
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

enum StatusLine {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let row = Layout.status(state.size)
        grid.fill(row, style: Style(.status))
        var parts = [" " + state.pane.title[L]]
        parts.append("\(Strings.user[L]) \(state.context.user)")
        parts.append("\(Strings.today[L]) \(state.model.today)")
        if state.context.readOnly { parts.append(Strings.readOnly[L]) }
        let fixed = parts.joined(separator: " │ ")
        var x = grid.put(fixed, x: 0, y: row.y, style: Style(.status))
        // The last message matters more than the store path: it goes first, the path gets what is left,
        // cut from the left so its last folders show.
        if let message = state.message, x + 4 < row.width {
            x += grid.put(" │ " + message.text, x: x, y: row.y, style: Style(message.isError ? .error : .message, bold: message.isError))
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
}

/// `:log`: the audit trail of one record, newest first.
enum LogOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, _ log: LogView) {
        let body = Layout.body(state.size)
        let lines = log.lines.isEmpty ? [state.language == .zh ? "（无记录）" : "(no entries)"] : log.lines
        let box = body.centered(width: min(body.width, 110), height: min(body.height, lines.count + 3))
        grid.fill(box, style: Style(.overlay))
        HelpOverlay.drawBorder(into: &grid, box, title: log.title)
        let inner = box.inset(by: 1)
        Document.draw(into: &grid, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height - 1),
                      lines: lines.map { DocumentLine($0, Style(.overlay)) }, scroll: 0)
        grid.put(state.language == .zh ? " Esc 关闭" : " Esc closes", x: inner.x, y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }
}
