import PilotCore

/// The last row of a list cut by its window: where the selection stands ("12/23") and how many rows lie above
/// and below ("+5 more"), so a cut list never looks complete. `ListState` keeps that row free.
enum ListMarker {
    /// The line for `count` rows with `selected` chosen, `rows` of them shown from `offset`; nil when all show.
    static func text(selected: Int?, count: Int, offset: Int, rows: Int, _ L: Language) -> String? {
        let below = count - offset - rows
        guard count > 0, offset > 0 || below > 0 else { return nil }
        var parts = [selected.map { "\(min($0, count - 1) + 1)/\(count)" } ?? String(count)]
        if offset > 0 { parts.append(Bilingual(zh: "上有\(offset)项", en: "↑ \(offset) above")[L]) }
        if below > 0 { parts.append(Bilingual(zh: "下有\(below)项", en: "↓ +\(below) more")[L]) }
        return " " + parts.joined(separator: " · ") + " "
    }

    /// Draws the line right-aligned on the row under the `rows` shown, when the list is cut.
    static func draw(into grid: inout Grid, row: Rect, selected: Int?, count: Int, offset: Int, rows: Int, _ L: Language) {
        guard let line = text(selected: selected, count: count, offset: offset, rows: rows, L) else { return }
        grid.fill(row, style: Style(.muted))
        let width = min(DisplayWidth.of(line), row.width)
        grid.put(line, x: row.maxX - width, y: row.y, style: Style(.label, bold: true), limit: row.width)
    }
}
