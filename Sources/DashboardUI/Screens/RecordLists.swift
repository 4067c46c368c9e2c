import PilotCore

/// The calendar, sampling and coverage panes as plain lists of their records, newest first.
enum RecordLists {
    static func draw(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let list = state.recordLists[state.pane] ?? ListState()
        let model = state.model
        func name(_ productId: String) -> String {
            guard let p = model.index.data.products[id: productId] else { return productId }
            return L == .zh ? p.name : (p.nameEn ?? p.name)
        }
        switch state.pane {
        case .calendar:
            let columns = [
                TableColumn(Strings.columnStart[L], width: 10, priority: 0), TableColumn(Strings.columnEnd[L], width: 10, priority: 3),
                TableColumn(Strings.columnName[L], width: 26, minWidth: 10, flexible: true, priority: 0),
                TableColumn(Strings.columnType[L], width: 14, minWidth: 8, priority: 1),
                TableColumn(Strings.columnStatus[L], width: 8, minWidth: 6, priority: 2),
                TableColumn(Strings.columnID[L], width: 8, priority: 4),
            ]
            let rows = model.inspectionsNewestFirst
            Table.draw(into: &grid, area: area, columns: columns, count: rows.count, selected: list.selected, offset: list.offset) { i in
                let r = rows[i]
                let statusStyle: Style = r.status == .completed ? Style(.ok) : (r.status == .cancelled ? Style(.muted) : Style(.info))
                return [Span(r.start.description), Span(r.end.description), Span(name(r.productId)),
                        Span(r.type.label[L] + (r.unannounced ? (L == .zh ? "（飞行）" : " (unannounced)") : "")), Span(r.status.label[L], statusStyle), Span(r.id, Style(.muted))]
            }
        case .sampling:
            let columns = [
                TableColumn(Strings.columnSampledOn[L], width: 10, priority: 0),
                TableColumn(Strings.columnName[L], width: 24, minWidth: 10, flexible: true, priority: 0),
                TableColumn(Strings.columnSegment[L], width: 8, minWidth: 4, priority: 3),
                TableColumn(Strings.columnBatch[L], width: 12, minWidth: 8, priority: 2),
                TableColumn(Strings.columnLab[L], width: 20, minWidth: 8, flexible: true, priority: 4),
                TableColumn(Strings.columnConclusion[L], width: 10, minWidth: 6, priority: 1),
            ]
            let rows = model.samplingsNewestFirst
            Table.draw(into: &grid, area: area, columns: columns, count: rows.count, selected: list.selected, offset: list.offset) { i in
                let r = rows[i]
                let style: Style = r.conclusion == .fail ? Style(.error, bold: true) : (r.conclusion == .pending ? Style(.warning) : Style(.ok))
                return [Span(r.sampledOn.description), Span(name(r.productId)), Span(r.segment.label[L]), Span(r.batch),
                        Span(r.lab), Span(r.conclusion.label[L], style)]
            }
        case .coverage:
            let columns = [
                TableColumn(Strings.columnID[L], width: 4, priority: 0),
                TableColumn(Strings.columnName[L], width: 28, minWidth: 10, flexible: true, priority: 0),
                TableColumn(Strings.columnFullGMP[L], width: 9, minWidth: 4, priority: 1),
                TableColumn(Strings.columnSampled[L], width: 7, minWidth: 4, priority: 2),
                TableColumn(Strings.columnSites[L], width: 5, priority: 3),
                TableColumn(Strings.columnCovered[L], width: 7, minWidth: 4, priority: 0),
            ]
            let rows = model.coverage.products
            Table.draw(into: &grid, area: area, columns: columns, count: rows.count, selected: list.selected, offset: list.offset) { i in
                let r = rows[i]
                func mark(_ b: Bool) -> Span { Span(b ? "✓" : "✗", Style(b ? .ok : .error, bold: !b)) }
                return [Span(r.productId, Style(.muted)), Span(L == .zh ? r.name : (r.nameEn ?? r.name)), mark(r.fullSystemInspection),
                        mark(r.sampling), Span("\(r.sitesInspected)/\(r.sitesTotal)"), mark(r.covered)]
            }
        case .products:
            break
        }
        if state.recordCount(state.pane) == 0 {
            grid.put(Strings.emptyList[L], x: area.x + 2, y: area.y + 2, style: Style(.muted))
        }
    }
}
