/// A bordered box with a title in its top edge: every overlay is drawn in one.
enum Box {
    static func draw(into grid: inout Grid, _ r: Rect, title: String) {
        guard r.width >= 2, r.height >= 2 else { return }
        let style = Style(.border)
        grid.put("┌" + String(repeating: "─", count: r.width - 2) + "┐", x: r.x, y: r.y, style: style)
        for y in (r.y + 1)..<(r.maxY - 1) {
            grid.put("│", x: r.x, y: y, style: style)
            grid.put("│", x: r.maxX - 1, y: y, style: style)
        }
        grid.put("└" + String(repeating: "─", count: r.width - 2) + "┘", x: r.x, y: r.maxY - 1, style: style)
        grid.put(" " + title + " ", x: r.x + 2, y: r.y, style: Style(.title, bold: true), limit: r.width - 4)
    }
}
