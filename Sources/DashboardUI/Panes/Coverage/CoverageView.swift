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
        let previous = state.coverage.report
        if state.coverage.year == state.model.today.year {
            state.coverage.report = state.model.coverage
        } else {
            state.coverage.report = pastReport(&state)
        }
        if !(patching && patch(&state.coverage.lines, from: previous, to: state.coverage.report)) {
            state.coverage.lines = lines(state.coverage.report, province: state.coverage.province)
        }
        let position =
            state.coverage.lines.firstIndex { $0.productId != nil && $0.productId == selected }
            ?? state.coverage.lines.firstIndex { $0.productId != nil } ?? 0
        state.coverage.list.selected = position
        state.coverage.list.scroll(count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
    }

    /// The lines of `old` made those of `new` in place when the edit only replaced rows without changing what the
    /// lines are grouped and ordered by (the same products in the same order, each in the same provinces with the same
    /// shares covered, the same totals and products not counted): each changed row's lines take the new row. An edit
    /// of one product rebuilt all 2,000 lines (a fifth of an own save). False, and `lines` untouched, otherwise.
    static func patch(_ lines: inout [CoverageLine], from old: CoverageReport, to new: CoverageReport) -> Bool {
        guard old.year == new.year, old.asOf == new.asOf, old.products.count == new.products.count, old.provinces == new.provinces,
            old.notInProduction == new.notInProduction
        else { return false }
        // Compared in place, by position: pairs taken from a zip copied all 2,000 rows twice.
        var changed: [String: ProductCoverage] = [:]
        for i in new.products.indices where old.products[i] != new.products[i] {
            let (a, b) = (old.products[i], new.products[i])
            guard a.productId == b.productId, a.provinces == b.provinces,
                a.byProvince.elementsEqual(b.byProvince, by: { $0.code == $1.code && $0.covered == $1.covered })
            else { return false }
            changed[b.productId] = b
        }
        guard !changed.isEmpty else { return true }
        for i in lines.indices {
            guard let id = lines[i].productId, let row = changed[id], case .product(_, let province) = lines[i] else { continue }
            lines[i] = .product(row, province: province)
        }
        return true
    }
}
