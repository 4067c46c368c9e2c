import PilotCore

/// Draws a refused save: for each field someone changed, the record as you opened it, theirs (now in the
/// store) and yours; fields both of you changed are marked "!". The last line lists the choices.
enum ConflictView {

    static func draw(into grid: inout Grid, area: Rect, conflict: ConflictState, language L: Language, provinces: ProvinceTable) {
        let rows = conflict.rows(L, provinces: provinces)
        let box = area.centered(width: min(area.width, 100), height: min(area.height, rows.count + 5))
        grid.fill(box, style: Style(.overlay))
        let kind = Strings.kindName(conflict.kind)
        // The record first, so a narrow screen still shows which one.
        let title =
            conflict.deletedByThem
            ? Bilingual(zh: "\(kind.zh) \(conflict.id)：已被其他用户删除", en: "\(kind.en) \(conflict.id): deleted by another user")
            : Bilingual(zh: "\(kind.zh) \(conflict.id)：已被其他用户修改", en: "\(kind.en) \(conflict.id): changed by another user")
        Box.draw(into: &grid, box, title: title[L])
        let inner = box.inset(by: 1)
        guard inner.height >= 3 else { return }
        let intro = Bilingual(
            zh: "未保存任何内容。! 表示双方都修改了的字段。",
            en: "Nothing was saved. ! marks the fields you both changed.")
        grid.putPadded(" " + intro[L], x: inner.x, y: inner.y, width: inner.width, style: Style(.overlay))

        // Columns: marker, field name, then the three versions in equal widths.
        let labelWidth = min(16, rows.map { DisplayWidth.of($0.label[L]) }.max() ?? 8)
        let valuesX = inner.x + 3 + labelWidth + 1
        let columnWidth = max(4, (inner.maxX - valuesX - 2) / 3)
        func columns(_ y: Int, _ texts: [String], _ styles: [Style]) {
            for (n, text) in texts.enumerated() {
                grid.putPadded(text, x: valuesX + n * (columnWidth + 1), y: y, width: columnWidth, style: styles[n])
            }
        }
        let headerY = inner.y + 1
        let header = Style(.tableHeader, bold: true)
        grid.putPadded(Bilingual(zh: "字段", en: "Field")[L], x: inner.x + 3, y: headerY, width: labelWidth, style: header)
        columns(
            headerY,
            [
                Bilingual(zh: "你打开时", en: "As you opened it")[L],
                Bilingual(zh: "对方（当前）", en: "Theirs (now)")[L],
                Bilingual(zh: "你的", en: "Yours")[L],
            ],
            [header, header, header])

        let visible = max(0, inner.height - 3)
        let first = min(conflict.scroll, max(0, rows.count - visible))
        for (n, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = headerY + 1 + n
            if row.bothChanged { grid.put("!", x: inner.x + 1, y: y, style: Style(.error, bold: true)) }
            grid.putPadded(row.label[L], x: inner.x + 3, y: y, width: labelWidth, style: Style(.label, bold: row.bothChanged))
            let values = [row.base, row.theirs, row.mine]
            columns(
                y, values.map { fit($0, among: values, width: columnWidth) },
                [
                    Style(.overlay),
                    Style(row.theirsChanged ? .warning : .overlay, bold: row.bothChanged),
                    Style(row.mineChanged ? .info : .overlay, bold: row.bothChanged),
                ])
        }

        let more = rows.count > visible ? "\(first + 1)-\(min(rows.count, first + visible))/\(rows.count) j/k · " : ""
        let footer = choices(conflict).map { "\($0.key) \($0.label[L])" }.joined(separator: " · ")
        grid.putPadded(" " + more + footer, x: inner.x, y: inner.maxY - 1, width: inner.width, style: Style(.muted))
    }

    /// A value that does not fit starts where the versions begin to differ ("…可见异物、细菌内毒素"), so a
    /// change at the end of a long text is seen.
    static func fit(_ value: String, among values: [String], width: Int) -> String {
        guard DisplayWidth.of(value) > width else { return value }
        let others = values.map(Array.init)
        var common = 0
        while others.allSatisfy({ common < $0.count }) && others.allSatisfy({ $0[common] == others[0][common] }) { common += 1 }
        let chars = Array(value)
        var start = max(0, min(common - 2, chars.count - 1))
        guard start > 0 else { return value }
        // As much of what comes before the difference as still fits.
        while start > 0 && DisplayWidth.of("…" + String(chars[(start - 1)...])) <= width { start -= 1 }
        return "…" + String(chars[start...])
    }

    /// The choices this conflict offers, with their keys from the key table.
    static func choices(_ conflict: ConflictState) -> [(key: String, label: Bilingual)] {
        func key(_ command: Command) -> String {
            Keymap.bindings.first { $0.scope == .conflict && $0.command == command }?.keys.first?.label ?? "?"
        }
        if conflict.deletedByThem {
            let asNew = conflict.form.map { FormRebase.offersNewRecord($0.purpose) } ?? false
            return (asNew ? [(key(.keepEditing), Bilingual(zh: "作为新记录继续编辑", en: "keep editing as a new record"))] : [])
                + [(key(.keepTheirs), Bilingual(zh: "放弃我的修改", en: "discard yours"))]
        }
        var out = [
            (key(.keepTheirs), Bilingual(zh: "保留对方的", en: "keep theirs")),
            (key(.applyMine), Bilingual(zh: "应用我的", en: "apply mine")),
        ]
        out.append(
            conflict.form == nil
                ? ("Esc", Bilingual(zh: "关闭", en: "close"))
                : (key(.keepEditing), Bilingual(zh: "继续编辑", en: "keep editing")))
        return out + [(key(.help), Bilingual(zh: "帮助", en: "help"))]
    }
}
