import PilotCore

enum FormView {
    /// Draws the form in a box over `area`: labels, values (the focused one editable), errors, notes.
    static func draw(into grid: inout Grid, area: Rect, form: FormState, state: AppState) {
        let L = state.language
        let g = geometry(area: area, form: form, language: L)
        let (box, first, labelWidth, cutError) = (g.box, g.first, g.labelWidth, g.cutError)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: form.title[L])
        let inner = box.inset(by: 1)
        var y = inner.y
        for (i, field) in form.fields.enumerated() where i >= first && y < inner.maxY {
            let focused = i == form.focus
            grid.putPadded(field.label[L], x: inner.x + 1, y: y, width: labelWidth, style: Style(.label, bold: focused))
            let valueX = inner.x + labelWidth + 2
            let valueWidth = max(4, inner.width - labelWidth - 3)
            let errorText = field.error.map { "  ✗ " + $0 } ?? ""
            let errorWidth = min(DisplayWidth.of(errorText), valueWidth / 2)
            let fieldWidth = valueWidth - errorWidth
            if focused, case .text = field.kind {
                field.input.draw(
                    into: &grid, row: Rect(x: valueX, y: y, width: fieldWidth, height: 1), prefix: "",
                    style: Style(.prompt, underline: true))
            } else {
                grid.putPadded(
                    field.display(state), x: valueX, y: y, width: fieldWidth,
                    style: Style(focused ? .prompt : .overlay, bold: focused, reverse: focused && field.kind != .text))
            }
            if errorWidth > 0 {
                grid.putPadded(errorText, x: valueX + fieldWidth, y: y, width: errorWidth, style: Style(.error, bold: true))
            }
            y += 1
        }
        if let info = form.info, y < inner.maxY {
            grid.putPadded(" " + info, x: inner.x, y: y, width: inner.width, style: Style(.info))
            y += 1
        }
        if let cutError, y < inner.maxY - 1 {
            grid.putPadded(" ✗ " + cutError, x: inner.x, y: y, width: inner.width, style: Style(.error, bold: true))
            y += 1
        }
        for note in form.notes where y < inner.maxY - 1 {
            grid.putPadded(" ! " + note, x: inner.x, y: y, width: inner.width, style: Style(.warning))
            y += 1
        }
        let footer = if case .pick = form.fields[form.focus].kind { FormStrings.pickerFooter } else { FormStrings.footer }
        grid.putPadded(" " + footer[L], x: inner.x, y: inner.maxY - 1, width: inner.width, style: Style(.muted))
    }

    /// The form's box over `area`, the first field shown (a form taller than the box scrolls so the focused
    /// field stays above the footer line), the labels' width, and the focused field's error when the space
    /// beside the field would cut it (it then gets a line of its own). Drawing and clicks both place fields
    /// from this.
    static func geometry(area: Rect, form: FormState, language L: Language)
        -> (box: Rect, first: Int, labelWidth: Int, cutError: String?)
    {
        let width = min(area.width, 96)
        // As wide as the longest label, up to two fifths of the box, so English labels are not cut beside blank cells.
        let labelWidth = min(max(18, (width - 2) * 2 / 5), form.fields.map { DisplayWidth.of($0.label[L]) }.max() ?? 8)
        let cutError = form.fields[form.focus].error.flatMap {
            DisplayWidth.of("  ✗ " + $0) > max(4, width - labelWidth - 5) / 2 ? $0 : nil
        }
        let lines = form.fields.count + 4 + min(6, form.notes.count) + (form.info == nil ? 0 : 1) + (cutError == nil ? 0 : 1)
        let box = area.centered(width: width, height: min(area.height, lines))
        return (box, max(0, form.focus - (box.height - 2 - 2)), labelWidth, cutError)
    }

    /// The field drawn on screen row `y`, if any.
    static func field(atRow y: Int, area: Rect, form: FormState, language: Language) -> Int? {
        let g = geometry(area: area, form: form, language: language)
        let (box, first) = (g.box, g.first)
        let inner = box.inset(by: 1)
        let i = first + y - inner.y
        guard y >= inner.y, y < inner.maxY - 1, form.fields.indices.contains(i) else { return nil }
        return i
    }
}
