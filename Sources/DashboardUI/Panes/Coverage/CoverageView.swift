import PilotCore

enum CoverageView {
    /// Grouped by province; within a province uncovered products first, then by id.
    static func lines(_ report: CoverageReport, province filter: String?) -> [CoverageLine] {
        var out: [CoverageLine] = []
        for p in report.provinces where filter == nil || filter == p.code {
            out.append(.province(code: p.code, covered: p.covered, total: p.total))
            let products = report.products.filter { $0.provinces.contains(p.code) }
                .sorted { ($0.covered ? 1 : 0, $0.productId) < ($1.covered ? 1 : 0, $1.productId) }
            out += products.map { .product($0, province: p.code) }
        }
        return out
    }

    static func recompute(_ state: inout AppState) {
        let selected = state.selectedCoverageLine?.productId
        if state.coverage.year == state.model.today.year {
            state.coverage.report = state.model.coverage
        } else {
            state.coverage.report = Coverage.report(year: state.coverage.year, asOf: state.model.today, index: state.model.index)
        }
        state.coverage.lines = lines(state.coverage.report, province: state.coverage.province)
        let position =
            state.coverage.lines.firstIndex { $0.productId != nil && $0.productId == selected }
            ?? state.coverage.lines.firstIndex { $0.productId != nil } ?? 0
        state.coverage.list.selected = position
        state.coverage.list.scroll(count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
    }
}
