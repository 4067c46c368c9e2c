import PilotCore

/// A table with a header row, a scrolled window of rows and a selection shown in reverse video.
/// Column widths are in display cells, so CJK and Latin rows line up.
public enum Table {
    /// Widths per column (nil: hidden) so the visible columns plus one-cell gaps fill `total` exactly.
    public static func widths(_ columns: [TableColumn], total: Int) -> [Int?] {
        var shown = Set(columns.indices)
        func needed(_ set: Set<Int>, _ width: (TableColumn) -> Int) -> Int {
            set.map { width(columns[$0]) }.reduce(0, +) + max(0, set.count - 1)
        }
        let leastImportantFirst = columns.indices.sorted { columns[$0].priority > columns[$1].priority }
        // Drop optional columns (priority above 2) rather than squeeze every column; then, if even the
        // minimum widths do not fit, drop more.
        for i in leastImportantFirst where columns[i].priority > 2 && needed(shown, \.width) > total && shown.count > 1 {
            shown.remove(i)
        }
        for i in leastImportantFirst where needed(shown, \.minWidth) > total && shown.count > 1 {
            shown.remove(i)
        }
        var widths = columns.indices.map { shown.contains($0) ? columns[$0].width : 0 }
        let gaps = max(0, shown.count - 1)
        var excess = widths.reduce(0, +) + gaps - total
        // Too wide: shrink the flexible columns, then the others, down to their minimum.
        for pass in 0..<2 where excess > 0 {
            for i in columns.indices where shown.contains(i) && (pass == 1 || columns[i].flexible) && excess > 0 {
                let cut = min(excess, widths[i] - columns[i].minWidth)
                widths[i] -= cut
                excess -= cut
            }
        }
        // Too narrow: give the spare cells to the flexible columns (the first ones get the remainder).
        if excess < 0 {
            let flexible = columns.indices.filter { shown.contains($0) && columns[$0].flexible }
            let targets = flexible.isEmpty ? [shown.max()!] : flexible
            var spare = -excess
            for (n, i) in targets.enumerated() {
                let share = spare / (targets.count - n)
                widths[i] += share
                spare -= share
            }
        }
        if excess > 0, let last = shown.max() { widths[last] = max(0, widths[last] - excess) }
        return columns.indices.map { shown.contains($0) ? widths[$0] : nil }
    }

    /// Draws the header and the rows `offset..<offset+visible`; `row(i)` gives row i's cells. A list (`position`
    /// given, the language to say it in) cut by the area gives its last row to where it stands (`ListMarker`).
    /// The words of `highlight` (a list's filter) are underlined where the rows show them.
    public static func draw(
        into grid: inout Grid, area: Rect, columns: [TableColumn], count: Int, selected: Int?,
        offset: Int, position: Language? = nil, highlight: String = "", row: (Int) -> [Span]
    ) {
        let terms = highlight.lowercased().split(separator: " ").map(String.init)
        guard area.height > 0, area.width > 0 else { return }
        let widths = widths(columns, total: area.width)
        func drawRow(_ y: Int, _ spans: [Span], headerStyle: Style?) {
            var x = area.x
            var first = true
            for (i, width) in widths.enumerated() {
                guard let width else { continue }
                if !first {
                    grid.put(" ", x: x, y: y, style: headerStyle ?? Style(.text))
                    x += 1
                }
                first = false
                let span = i < spans.count ? spans[i] : Span("")
                grid.putPadded(span.text, x: x, y: y, width: width, style: headerStyle ?? span.style, alignRight: columns[i].alignRight)
                if headerStyle == nil, !terms.isEmpty {
                    let start = columns[i].alignRight ? x + max(0, width - DisplayWidth.of(span.text)) : x
                    underline(terms, in: span.text, x: start, y: y, limit: x + width, &grid)
                }
                x += width
            }
        }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.tableHeader, bold: true))
        drawRow(area.y, columns.map { Span($0.title) }, headerStyle: Style(.tableHeader, bold: true))
        let rows = position == nil ? area.height - 1 : ListState.rowsShown(count: count, height: area.height - 1)
        if let L = position, rows < area.height - 1 {
            ListMarker.draw(
                into: &grid, row: Rect(x: area.x, y: area.y + 1 + rows, width: area.width, height: 1), selected: selected,
                count: count, offset: offset, rows: rows, L)
        }
        for n in 0..<max(0, rows) {
            let i = offset + n
            guard i < count else { break }
            let y = area.y + 1 + n
            drawRow(y, row(i), headerStyle: nil)
            if i == selected {
                grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
            }
        }
    }

    /// Underlines each occurrence of the terms in `text` drawn from `x`, within the column ending at `limit`.
    static func underline(_ terms: [String], in text: String, x: Int, y: Int, limit: Int, _ grid: inout Grid) {
        let lower = text.lowercased()
        // Lower-casing can change a string's length; then the cells cannot be matched up, so nothing is marked.
        guard lower.count == text.count else { return }
        for term in terms {
            var from = lower.startIndex
            while let found = lower.range(of: term, range: from..<lower.endIndex) {
                let x0 = x + DisplayWidth.of(String(lower[..<found.lowerBound]))
                let x1 = min(limit, x0 + DisplayWidth.of(String(lower[found])))
                if x1 > x0 { grid.restyle(Rect(x: x0, y: y, width: x1 - x0, height: 1)) { $0.underline = true } }
                from = found.upperBound
            }
        }
    }
}
