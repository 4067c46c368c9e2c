import PilotCore

/// The due list: a table, soonest first, under a heading per group (overdue, this week, 30 days, later); the
/// working days left turn red below zero. A cut list ends in its position line, counting items, not headings.
enum DueScreen {
    /// A line of the table: a group's heading, or an item (its position in the list shown).
    typealias Line = DueLines.Line

    static func columns(_ L: Language) -> [TableColumn] {
        [
            TableColumn(Bilingual(zh: "到期日", en: "Due")[L], width: 10, priority: 0),
            // Working days, as the deadlines count them; below zero once overdue.
            TableColumn(Bilingual(zh: "工作日", en: "WD left")[L], width: 7, minWidth: 4, priority: 0, alignRight: true),
            TableColumn(Bilingual(zh: "品种", en: "Product")[L], width: 12, minWidth: 8, flexible: true, priority: 0),
            TableColumn(Bilingual(zh: "事项", en: "What")[L], width: 20, minWidth: 12, flexible: true, priority: 0),
            TableColumn(Bilingual(zh: "责任方", en: "From")[L], width: 12, minWidth: 8, flexible: true, priority: 3),
            TableColumn(Bilingual(zh: "负责人", en: "Owner")[L], width: 10, minWidth: 6, priority: 2),
        ]
    }

    static func cells(_ item: DueItem, _ L: Language) -> [Span] {
        let left = Span(
            item.daysLeftText,
            item.group == .overdue ? Style(.error, bold: true) : (item.group == .thisWeek ? Style(.warning) : Style(.text)))
        return [
            Span(item.due.description, item.group == .overdue ? Style(.error) : Style(.text)), left,
            Span(item.productName?[L] ?? "—"), Span(item.what[L]), Span(item.from[L]), Span(item.owner?.displayName(L) ?? ""),
        ]
    }

    /// The shown items with a heading before each group, and each group's count.
    static func lines(_ state: AppState) -> DueLines { DueLines(items: state.model.due.items, visible: state.due.visible) }

    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let area = Layout.body(state.size)
        let items = state.model.due.items
        let visible = state.due.visible
        guard !visible.isEmpty else {
            let empty =
                state.due.mine
                ? Bilingual(zh: "没有由 \(state.context.user) 负责的待办（m 显示全部）", en: "nothing due owned by \(state.context.user) (m shows all)")
                : Bilingual(zh: "没有待办事项", en: "nothing is due")
            grid.put(empty[L], x: area.x + 1, y: area.y + 1, style: Style(.muted), limit: area.width - 1)
            return
        }
        let lines = lines(state)
        let list = state.due.list
        let height = max(1, area.height - 1)
        let rows = ListState.rowsShown(count: lines.count, height: height)
        // The window starts at the list's first item (with its heading above it) and moves down to show the selection.
        let selectedLine = lines.line(ofItem: list.selected)
        var top = lines.line(ofItem: list.offset)
        if top > 0, case .heading = lines[top - 1] { top -= 1 }
        if selectedLine >= top + rows { top = selectedLine - rows + 1 }
        top = max(0, min(top, lines.count - rows))
        let table = Rect(x: area.x, y: area.y, width: area.width, height: rows + 1)
        Table.draw(
            into: &grid, area: table, columns: columns(L), count: lines.count, selected: selectedLine, offset: top,
            highlight: state.due.filter
        ) { i in
            guard case .item(let n) = lines[i] else { return [] }
            return cells(items[visible[n]], L)
        }
        for n in 0..<(min(lines.count, top + rows) - top) {
            guard case .heading(let group, let count) = lines[top + n] else { continue }
            let row = Rect(x: area.x, y: area.y + 1 + n, width: area.width, height: 1)
            grid.fill(row, style: Style(group == .overdue ? .error : .title, bold: true))
            grid.put(
                "\(group.label[L]) (\(count))", x: row.x, y: row.y, style: Style(group == .overdue ? .error : .title, bold: true),
                limit: row.width)
        }
        if rows < height {
            let shown = lines.itemCount(in: top..<(top + rows))
            let above = lines.itemCount(in: 0..<top)
            ListMarker.draw(
                into: &grid, row: Rect(x: area.x, y: area.y + 1 + rows, width: area.width, height: 1), selected: list.selected,
                count: visible.count, offset: above, rows: shown, L)
        }
    }
}
