import PilotCore

enum CoverageView {
    /// Grouped by province; within a province products whose share is uncovered first, then by id; last the
    /// products not in production (not counted).
    static func lines(_ report: CoverageReport, province filter: String?) -> [CoverageLine] {
        var out: [CoverageLine] = []
        // Each province's products found in one pass and sorted by keys read once: filtering every product per
        // province and comparing copies of the reports cost more than a year switch may (2,000 products, 31 provinces).
        var byProvince: [String: [(covered: Int, id: String, position: Int)]] = [:]
        for (position, c) in report.products.enumerated() {
            for code in Set(c.provinces) where filter == nil || filter == code {
                byProvince[code, default: []].append((c.share(code)?.covered == true ? 1 : 0, c.productId, position))
            }
        }
        for p in report.provinces where filter == nil || filter == p.code {
            out.append(.province(code: p.code, covered: p.covered, total: p.total))
            // Uncovered first, then by id.
            let keys = (byProvince[p.code] ?? []).sorted { ($0.covered, $0.id) < ($1.covered, $1.id) }
            out += keys.map { .product(report.products[$0.position], province: p.code) }
        }
        let notCounted = report.notInProduction.filter { filter.map($0.provinces.contains) ?? true }
        if !notCounted.isEmpty {
            out.append(.notCountedHeading(count: notCounted.count))
            out += notCounted.map { .notCounted($0) }
        }
        return out
    }

    /// The report of the pane's year, from the cache while the model is the one it was computed for.
    private static func pastReport(_ state: inout AppState) -> CoverageReport {
        let model = state.model
        if let of = state.coverage.pastReportsOf, of.revision == model.revision, of.today == model.today {
            if let report = state.coverage.pastReports[state.coverage.year] { return report }
        } else {
            state.coverage.pastReports = [:]
            state.coverage.pastReportsOf = (model.revision, model.today)
        }
        let report = Coverage.report(year: state.coverage.year, asOf: model.today, index: model.index)
        state.coverage.pastReports[state.coverage.year] = report
        return report
    }

    /// `patching`: the data changed, the year and province did not, so the lines may be patched (`patch`).
    static func recompute(_ state: inout AppState, patching: Bool = false) {
        let selected = state.selectedCoverageLine?.productId
        let current = state.coverage.year == state.model.today.year
        state.coverage.pastYearReport = current ? nil : pastReport(&state)
        let report = state.coverageReport
        let replaced = patching && current ? state.model.coverageReplaced : nil
        if !(replaced.map { patch(&state.coverage, report, replaced: $0) } ?? false) {
            state.coverage.setLines(lines(report, province: state.coverage.province))
        }
        let position =
            selected.flatMap { state.coverage.linePositions[$0]?.first }
            ?? state.coverage.lines.firstIndex { $0.productId != nil } ?? 0
        state.coverage.list.selected = position
        state.coverage.list.scroll(count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
    }

    /// The pane's lines made those of `report` in place, where the model's update replaced only the rows at
    /// `replaced` (positions in `report.products`) and left the province totals' list as it was: each replaced row's
    /// lines, found by product, take the new row, if the row is grouped as before (the same provinces, each covered
    /// or not as before; then no province's counts changed either). An edit of one product compared every row and
    /// line (5,000 products: a quarter of an own save). False, and the lines to be built, otherwise.
    static func patch(_ pane: inout CoveragePaneState, _ report: CoverageReport, replaced: [Int]) -> Bool {
        func grouping(_ row: ProductCoverage) -> [String: Bool] {
            Dictionary(row.byProvince.map { ($0.code, $0.covered) }, uniquingKeysWith: { a, _ in a })
        }
        var patches: [(at: Int, line: CoverageLine)] = []
        for position in replaced {
            let row = report.products[position]
            for at in pane.linePositions[row.productId] ?? [] {
                guard case .product(let old, let province) = pane.lines[at], old.provinces == row.provinces,
                    grouping(old) == grouping(row)
                else { return false }
                patches.append((at, .product(row, province: province)))
            }
        }
        for (at, line) in patches { pane.lines[at] = line }
        return true
    }
}
