import PilotCore

/// Draws a picker over its form: the search line with the position (`3/12`), the matching rows (ticks for
/// several, name, detail, note) scrolled to the highlighted one, and the keys.
enum PickerView {
    /// As tall as the matching rows need (at least room for a few): a search shrinks it from the bottom, its
    /// top staying where the whole list put it.
    static func box(_ area: Rect, _ picker: PickerState) -> Rect {
        let whole = area.centered(width: min(area.width, 78), height: min(area.height, max(7, picker.options.count + 4)))
        return Rect(x: whole.x, y: whole.y, width: whole.width, height: min(whole.height, max(7, picker.matches.count + 4)))
    }

    /// Rows of the list: the box less its border, the search line and the key line.
    static func listHeight(_ area: Rect, _ picker: PickerState) -> Int { max(1, box(area, picker).height - 4) }

    static func draw(into grid: inout Grid, area: Rect, picker: PickerState, language L: Language) {
        let box = box(area, picker)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: picker.title)
        let inner = box.inset(by: 1)
        let height = listHeight(area, picker)
        var list = picker.list
        list.scroll(count: picker.matches.count, height: height)
        // The search line and where the highlight is among the matches.
        var position = picker.matches.isEmpty ? "0/0" : "\(list.selected + 1)/\(picker.matches.count)"
        if picker.mode == .several { position = PickerStrings.ticked(picker.chosen.count)[L] + "  " + position }
        let positionWidth = DisplayWidth.of(position)
        picker.query.draw(
            into: &grid, row: Rect(x: inner.x, y: inner.y, width: max(1, inner.width - positionWidth - 1), height: 1),
            prefix: " " + PickerStrings.search[L] + "：", style: Style(.prompt, underline: true))
        grid.putPadded(position, x: inner.maxX - positionWidth, y: inner.y, width: positionWidth, style: Style(.muted))
        if picker.matches.isEmpty {
            grid.putPadded(" " + PickerStrings.noMatch[L], x: inner.x, y: inner.y + 1, width: inner.width, style: Style(.muted))
        }
        let shown = picker.matches.dropFirst(list.offset).prefix(height)
        let nameWidth = min(inner.width / 2, max(8, shown.map { DisplayWidth.of(picker.options[$0].name) }.max() ?? 8))
        for (row, i) in shown.enumerated() {
            let option = picker.options[i]
            let y = inner.y + 1 + row
            let highlighted = list.offset + row == list.selected
            let style = Style(highlighted ? .prompt : .overlay, bold: highlighted, reverse: highlighted)
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            var x = inner.x + 1
            if picker.mode == .several {
                x += grid.put(picker.chosen.contains(option.id) ? "[x] " : "[ ] ", x: x, y: y, style: style)
            }
            grid.putPadded(option.name, x: x, y: y, width: nameWidth, style: style)
            x += nameWidth + 2
            let noteWidth = min(DisplayWidth.of(option.note), max(0, inner.maxX - x - 1))
            let detailWidth = max(0, inner.maxX - x - noteWidth - (noteWidth > 0 ? 2 : 0))
            grid.putPadded(
                option.detail, x: x, y: y, width: detailWidth, style: Style(highlighted ? .prompt : .muted, reverse: highlighted))
            if noteWidth > 0 {
                grid.putPadded(
                    option.note, x: inner.maxX - noteWidth, y: y, width: noteWidth, style: Style(.warning, bold: true, reverse: highlighted)
                )
            }
        }
        let footer = picker.mode == .several ? PickerStrings.footerSeveral : PickerStrings.footerOne
        grid.putPadded(" " + footer[L], x: inner.x, y: inner.maxY - 1, width: inner.width, style: Style(.muted))
    }
}
