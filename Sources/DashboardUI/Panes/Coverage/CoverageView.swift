import PilotCore

enum CoverageView {
    /// Grouped by province; within a province products whose share is uncovered first, then by id; last the
    /// products not in production (not counted).
    static func lines(_ report: CoverageReport, province filter: String?) -> [CoverageLine] {
        var out: [CoverageLine] = []
        for p in report.provinces where filter == nil || filter == p.code {
            out.append(.province(code: p.code, covered: p.covered, total: p.total))
            func covered(_ c: ProductCoverage) -> Int { c.share(p.code)?.covered == true ? 1 : 0 }
            let products = report.products.filter { $0.provinces.contains(p.code) }
                .sorted { (covered($0), $0.productId) < (covered($1), $1.productId) }
            out += products.map { .product($0, province: p.code) }
        }
        let notCounted = report.notInProduction.filter { filter.map($0.provinces.contains) ?? true }
        if !notCounted.isEmpty {
            out.append(.notCountedHeading(count: notCounted.count))
            out += notCounted.map { .notCounted($0) }
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
