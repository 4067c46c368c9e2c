import PilotCore

/// The products pane: one row per pilot product (case).
enum ProductList {
    /// ID, type and stage are as wide as their longest value in the store (`P14-356`, 胰高血糖素样肽-1类, enterprise
    /// assessment), so a wide screen shows them whole; the name and the holder take what is left.
    static func columns(_ L: Language, longest: Longest = Longest(id: 4, type: 12, stage: 13)) -> [TableColumn] {
        let findingsTitle = Strings.columnFindings[L]
        return [
            TableColumn(Strings.columnID[L], width: max(longest.id, DisplayWidth.of(Strings.columnID[L])), priority: 0),
            TableColumn(Strings.columnName[L], width: 28, minWidth: 12, flexible: true, priority: 0),
            TableColumn(Strings.columnType[L], width: max(8, longest.type), minWidth: 8, priority: 6),
            TableColumn(Strings.columnHolder[L], width: 16, minWidth: 8, flexible: true, priority: 5),
            TableColumn(Strings.columnProvince[L], width: 9, minWidth: 6, priority: 2),
            TableColumn("", width: 2, priority: 3),
            TableColumn(Strings.columnStage[L], width: max(8, longest.stage), minWidth: 8, priority: 4),
            // "✗12 !3" at most: wider only for its title.
            TableColumn(findingsTitle, width: max(6, DisplayWidth.of(findingsTitle)), priority: 1, alignRight: true),
        ]
    }

    /// Display widths of the longest id, type and stage in the store, so `P14-356` is never cut to `P14…`.
    struct Longest: Equatable {
        var id: Int
        var type: Int
        var stage: Int
    }

    /// Measured over every row once, when the model is built: a frame reads it, it never walks the rows.
    static func longest(_ rows: [DashboardModel.ProductRow], _ L: Language) -> Longest {
        rows.reduce(into: Longest(id: 0, type: 0, stage: 0)) { longest, row in
            let p = row.product
            longest.id = max(longest.id, DisplayWidth.of(p.id))
            longest.type = max(longest.type, DisplayWidth.of(p.type.label[L]))
            longest.stage = max(longest.stage, DisplayWidth.of(p.stage?.label[L] ?? "—"))
        }
    }

    /// The longest after an edit replaced the products `removed` with `added` (as they were and are now): without a
    /// pass over every row unless a removed product was the longest in a column and no added one is as long. A rename
    /// keeps its id, type and stage, so it never walks the rows (2,000 products: ~9 ms of an own save did).
    static func longest(
        _ current: Longest, removing removed: [PilotProduct], adding added: [PilotProduct], rows: [DashboardModel.ProductRow],
        _ L: Language
    ) -> Longest {
        let widths = { (p: PilotProduct) in
            [DisplayWidth.of(p.id), DisplayWidth.of(p.type.label[L]), DisplayWidth.of(p.stage?.label[L] ?? "—")]
        }
        let (gone, come) = (removed.map(widths), added.map(widths))
        var next = [current.id, current.type, current.stage]
        for column in next.indices {
            let longestAdded = come.map { $0[column] }.max() ?? 0
            if longestAdded >= next[column] {
                next[column] = longestAdded
            } else if gone.contains(where: { $0[column] == next[column] }) {
                return longest(rows, L)
            }
        }
        return Longest(id: next[0], type: next[1], stage: next[2])
    }

    static func longest(_ state: AppState) -> Longest {
        state.model.productWidths[state.language] ?? longest(state.model.rows, state.language)
    }

    static func cells(_ row: DashboardModel.ProductRow, _ L: Language, note: String? = nil) -> [Span] {
        let p = row.product
        let name = p.displayName(L) + (note.map { " · " + $0 } ?? "")
        let holder = row.holder?.displayName(L) ?? p.holderId
        // Errors and warnings, each only when there are some; ✓ when there are neither.
        let counts = [row.errors > 0 ? "✗\(row.errors)" : nil, row.warnings > 0 ? "!\(row.warnings)" : nil].compactMap { $0 }
        let findings = counts.isEmpty ? "✓" : counts.joined(separator: " ")
        let findingsStyle = row.errors > 0 ? Style(.error, bold: true) : (row.warnings > 0 ? Style(.warning) : Style(.ok))
        return [
            Span(p.id, Style(.muted)),
            Span(name),
            Span(p.type.label[L]),
            Span(holder),
            Span(row.leadProvince?.displayName(L) ?? "—"),
            Span(row.crossProvince ? "⇄" : "", Style(.cross, bold: true)),
            Span(p.stage?.label[L] ?? "—"),
            Span(findings, findingsStyle),
        ]
    }

    /// Why a row matched the filter when a list `width` cells wide does not show it; nil without a filter.
    static func matchNote(_ row: DashboardModel.ProductRow, _ state: AppState, width: Int) -> String? {
        matchNote(row, state, holderShown: Table.widths(columns(state.language, longest: longest(state)), total: width)[3] != nil)
    }

    static func matchNote(_ row: DashboardModel.ProductRow, _ state: AppState, holderShown: Bool) -> String? {
        let L = state.language
        let filter = state.products.filter
        guard !filter.isEmpty else { return nil }
        return ProductMatchNote.text(row, filter: filter, holderShown: holderShown, state.model.index, state.model.provinces, L)
    }

    static func draw(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let visible = state.products.visible
        let columns = columns(L, longest: longest(state))
        let holderShown = Table.widths(columns, total: area.width)[3] != nil
        if visible.isEmpty {
            Table.draw(into: &grid, area: area, columns: columns, count: 0, selected: nil, offset: 0) { _ in [] }
            let text =
                state.model.rows.isEmpty
                ? Strings.noProductsYet[L]
                : Strings.noMatches[L] + (state.products.filter.isEmpty ? "" : ": \"\(state.products.filter)\"")
            // Wrapped: the empty store's hint is the first thing a new user reads, and is longer than 80 columns.
            for (n, line) in Document.wrap(text, width: area.width - 4).prefix(max(0, area.height - 2)).enumerated() {
                grid.put(line, x: area.x + 2, y: area.y + 2 + n, style: Style(.muted), limit: area.width - 2)
            }
            return
        }
        Table.draw(
            into: &grid, area: area, columns: columns, count: visible.count, selected: state.products.list.selected,
            offset: state.products.list.offset, position: L, highlight: state.products.filter
        ) { i in
            let row = state.model.rows[visible[i]]
            return cells(row, L, note: matchNote(row, state, holderShown: holderShown))
        }
    }
}
