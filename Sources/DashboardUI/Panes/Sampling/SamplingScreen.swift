import PilotCore

/// The sampling results: a table (failed results stand out, overdue lab reports show their working days
/// over), and beside or below it the selected sampling in full, or the year summary.
enum SamplingScreen {
    static func columns(_ L: Language) -> [TableColumn] {
        [
            TableColumn(Strings.columnSampledOn[L], width: 10, priority: 0),
            // Narrow enough that the segment and the lab still show beside the detail panel at 120 columns; spare
            // cells come back.
            TableColumn(Strings.columnName[L], width: 11, minWidth: 10, flexible: true, priority: 0),
            // As wide as a segment as the rows write it ("原液", "DS 原液").
            TableColumn(
                Strings.columnSegment[L], width: DisplayWidth.of(Bilingual(zh: "原液", en: "DS 原液")[L]), minWidth: 4,
                priority: 4),
            TableColumn(Strings.columnBatch[L], width: 10, minWidth: 8, priority: 3),
            TableColumn(Strings.columnLab[L], width: 10, minWidth: 8, flexible: true, priority: 5),
            // As wide as the lateness the rows write ("逾期14个工作日", "+14 wd") or a report date.
            TableColumn(
                Bilingual(zh: "在检/报告", en: "Lab/report")[L], width: DisplayWidth.of(Bilingual(zh: "逾期14个工作日", en: "2026-01-01")[L]),
                minWidth: 8, priority: 1),
            TableColumn(Strings.columnConclusion[L], width: 10, minWidth: 6, priority: 0),
            TableColumn(Strings.columnRetest[L], width: 11, minWidth: 6, priority: 6),
        ]
    }

    static func cells(_ row: SamplingRow, _ state: AppState) -> [Span] {
        let L = state.language
        let s = row.sampling
        let product = state.model.index.data.products[id: s.productId]
        let name = product.map { $0.displayName(L) } ?? s.productId
        var lab = Span(s.reportDate?.description ?? "")
        if let days = row.status.daysAtLab, let report = row.status.report {
            lab =
                row.status.isOverdue
                ? Span(
                    // Working days, as the deadline counts them ("逾期20日" would read as calendar days).
                    Bilingual(zh: "逾期\(report.overdueBy)个工作日", en: "+\(report.overdueBy) wd")[L],
                    Style(.error, bold: true))
                : Span(Bilingual(zh: "在检\(days)个工作日", en: "\(days) wd")[L], Style(.warning))
        }
        let resultStyle: Style =
            s.conclusion == .fail ? Style(.error, bold: true) : (s.conclusion == .pending ? Style(.warning) : Style(.ok))
        var retest = Span("")
        if let r = s.retest {
            retest = Span(r.requestedOn.description.suffix(5) + " " + (r.result?.label[L] ?? Bilingual(zh: "待复验", en: "asked")[L]))
        } else if let window = row.status.retestWindow {
            retest =
                window.isOverdue
                ? Span(Bilingual(zh: "期限已过", en: "window shut")[L], Style(.muted))
                : Span(Bilingual(zh: "至", en: "by ")[L] + window.due.description.suffix(5), Style(.warning, bold: true))
        }
        let segment = Bilingual(zh: s.segment.label.zh, en: (s.segment == .drugSubstance ? "DS " : "DP ") + s.segment.label.zh)[L]
        if let void = s.voided {
            // Dimmed: kept on the record, counted nowhere. Its reason and the word replace the lab's progress and the
            // result (the detail gives the date).
            let dim = Style(.muted)
            return [
                Span(s.sampledOn.description, dim), Span(name, dim), Span(segment, dim), Span(s.batch, dim), Span(s.lab, dim),
                Span(void.reason, dim), Span(voided[L], Style(.muted, bold: true)), Span(""),
            ]
        }
        return [
            Span(s.sampledOn.description), Span(name), Span(segment), Span(s.batch), Span(s.lab), lab,
            Span(s.conclusion.label[L], resultStyle), retest,
        ]
    }

    static let voided = Bilingual(zh: "作废", en: "voided")

    static func draw(into grid: inout Grid, _ state: AppState) {
        let (area, panel) = Layout.samplingSplit(state.size)
        let visible = state.sampling.visible
        // Which list this is, and both counts: commissioned testing is never part of the samplings.
        grid.put(" " + CommissionedLog.heading(state), x: area.x, y: area.y, style: Style(.title, bold: true), limit: area.width)
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let commissioned = state.sampling.commissioned
        let rows = state.model.samplingRows
        Table.draw(
            into: &grid, area: tableArea, columns: commissioned ? CommissionedLog.columns(state.language) : columns(state.language),
            count: visible.count, selected: state.sampling.list.selected, offset: state.sampling.list.offset, position: state.language,
            highlight: state.sampling.filter
        ) { i in
            let row = rows[visible[i]]
            return commissioned ? CommissionedLog.cells(row, state) : cells(row, state)
        }
        if visible.isEmpty {
            grid.put(Strings.emptyList[state.language], x: tableArea.x + 2, y: tableArea.y + 2, style: Style(.muted))
        }
        guard panel.height > 0 else { return }
        if state.sampling.summary {
            drawSummary(into: &grid, area: panel, state)
        } else if let row = state.selectedSampling {
            drawDetail(into: &grid, area: panel, state, row)
        }
    }

    static func drawDetail(into grid: inout Grid, area: Rect, _ state: AppState, _ row: SamplingRow) {
        let L = state.language
        let s = row.sampling
        let index = state.model.index
        let product = index.data.products[id: s.productId]
        var lines: [DocumentLine] = []
        func field(_ label: String, _ value: String, _ style: Style = Style(.text)) {
            guard !value.isEmpty else { return }
            for (n, part) in Document.wrap("\(label) \(value)", width: area.width - 1, indent: "  ").enumerated() {
                lines.append(
                    n == 0
                        ? DocumentLine([Span(label, Style(.label)), Span(String(part.dropFirst(label.count)), style)])
                        : DocumentLine(part, style))
            }
        }
        lines.append(DocumentLine("\(s.id) · \(product.map { $0.displayName(L) } ?? s.productId)", Style(.title, bold: true)))
        if let void = s.voided {
            field(Bilingual(zh: "作废", en: "Voided")[L], "\(void.date) \(void.reason)", Style(.warning, bold: true))
            lines.append(
                DocumentLine(Bilingual(zh: "  不计入覆盖、汇总与期限", en: "  counted in no coverage, summary or deadline")[L], Style(.muted)))
        }
        field(Strings.columnSegment[L], Strings.term(s.segment.label, L))
        field(Strings.columnBatch[L], s.batch)
        field(Bilingual(zh: "抽样", en: "Sampled")[L], "\(s.sampledOn) \(s.place ?? "") \(s.samplingUnit ?? "")")
        field(Strings.columnLab[L], s.lab + (s.receivedOn.map { Bilingual(zh: "，\($0) 收样", en: ", received \($0)")[L] } ?? ""))
        field(Bilingual(zh: "检验项目", en: "Items")[L], s.testItems ?? "")
        let deadlines = index.data.deadlines
        // No deadline runs for a voided sampling or a commissioned test: report-due and re-test lines would mislead.
        let runs = !s.isVoided && !s.commissioned
        if s.conclusion == .pending, runs, let deadline = row.status.report {
            let basis = SamplingDeadlineText.reportBasis(deadlines.labReport, extended: row.status.reportExtended, deadline)
            field(
                Bilingual(zh: "报告期限", en: "Report due")[L],
                "\(deadline.due)\(basis[L])"
                    + (row.status.isOverdue
                        ? Bilingual(zh: "，已逾期 \(deadline.overdueBy) 个工作日", en: ", \(deadline.overdueBy) working days overdue")[L] : ""),
                row.status.isOverdue ? Style(.error, bold: true) : Style(.text))
        } else if !s.isVoided, s.reportNo != nil || s.reportDate != nil {
            field(
                Bilingual(zh: "报告", en: "Report")[L],
                "\(s.reportNo ?? "") \(s.reportDate?.description ?? "")"
                    + (s.reportServedOn.map { Bilingual(zh: "，\($0) 送达", en: ", served \($0)")[L] } ?? ""))
        }
        field(
            Strings.columnConclusion[L], Strings.term(s.conclusion.label, L),
            s.conclusion == .fail ? Style(.error, bold: true) : Style(.text))
        if let r = s.retest {
            field(Strings.columnRetest[L], "\(r.requestedOn) " + (r.result?.label[L] ?? Bilingual(zh: "结果待出", en: "result pending")[L]))
        } else if let w = row.status.retestWindow, runs {
            field(
                Bilingual(zh: "复验期限", en: "Re-test by")[L],
                "\(w.due)" + SamplingDeadlineText.windowBasis(deadlines.retestRequest, w)[L],
                w.isOverdue ? Style(.muted) : Style(.warning, bold: true))
        } else if row.status.retestWindowUnknown && runs {
            field(Bilingual(zh: "复验期限", en: "Re-test by")[L], SamplingDeadlineText.windowUnknown[L], Style(.warning))
        }
        if s.commissioned {
            field(
                Bilingual(zh: "委托检验", en: "Commissioned")[L],
                (s.requestedOn.map { Bilingual(zh: "\($0) 受理，", en: "accepted \($0); ")[L] } ?? "")
                    + Bilingual(zh: "不计入抽检", en: "not counted as sampling")[L], Style(.warning))
        }
        let others = index.samplings(of: s.productId).filter { $0.id != s.id }.sorted { $0.sampledOn > $1.sampledOn }
        if !others.isEmpty {
            lines.append(DocumentLine(Bilingual(zh: "该品种其他抽检", en: "Other samplings of the product")[L], Style(.title)))
            for o in others {
                lines.append(
                    DocumentLine(
                        "  \(o.sampledOn) \(o.segment.label[L]) \(o.batch) \(o.conclusion.label[L])",
                        o.conclusion == .fail ? Style(.error) : Style(.muted)))
            }
        }
        Document.draw(
            into: &grid, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height), lines: lines, scroll: 0)
    }

    static func drawSummary(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let year = state.sampling.summaryYear
        let data = state.model.index.data
        let heading = Bilingual(zh: "\(year) 年汇总（[ ] 换年，y 关闭）", en: "\(year) summary ([ ] year, y closes)")[L]
        grid.put(" " + heading, x: area.x, y: area.y, style: Style(.title, bold: true), limit: area.width)
        // The conclusions in words, as the report and the list name them; each column as wide as its heading.
        let counts = [SamplingConclusion.pass.label, SamplingConclusion.fail.label, SamplingConclusion.pending.label, Strings.overdue]
            .map { $0[L] }
        let cols =
            [TableColumn(Bilingual(zh: "品种 / 检验机构", en: "Product / lab")[L], width: 20, minWidth: 8, flexible: true, priority: 0)]
            + counts.map { TableColumn($0, width: max(4, DisplayWidth.of($0)), priority: 0, alignRight: true) }
        // The year's rows as counted once per revision; only the lines that fit are drawn.
        let summary = state.model.samplingSummaries[year]
        func spans(_ r: SamplingSummary.Row, _ name: String) -> [Span] {
            let c = r.counts
            return [
                Span(name), Span(String(c.pass), Style(.ok)), Span(String(c.fail), c.fail > 0 ? Style(.error, bold: true) : Style(.muted)),
                Span(String(c.pending), Style(.warning)),
                Span(String(c.overdue), c.overdue > 0 ? Style(.error, bold: true) : Style(.muted)),
            ]
        }
        func row(_ i: Int) -> [Span] {
            guard i < summary.byProduct.count else {
                let lab = summary.byLab[i - summary.byProduct.count]
                return spans(lab, lab.key)
            }
            let r = summary.byProduct[i]
            return spans(r, "\(r.key) " + (data.products[id: r.key].map { $0.displayName(L) } ?? ""))
        }
        Table.draw(
            into: &grid, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), columns: cols,
            count: summary.byProduct.count + summary.byLab.count, selected: nil, offset: 0, row: row)
    }
}
