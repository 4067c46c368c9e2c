import PilotCore

/// One line of the coverage matrix: a province heading or a product under it (a cross-province product
/// appears under each of its provinces).
public enum CoverageLine: Equatable, Sendable {
    case province(code: String, covered: Int, total: Int)
    case product(ProductCoverage, province: String)

    var productId: String? {
        if case .product(let p, _) = self { return p.productId }
        return nil
    }
}

/// A reviewed plan: proposals are accepted one by one (Enter) or all at once (A); accepted ones are scheduled.
public struct PlanReview: Equatable, Sendable {
    public var result: Planner.Result
    public var selected = 0
    /// Proposals whose save is on its way.
    public var accepting: [Int] = []
}

public struct CoveragePaneState: Equatable, Sendable {
    public var list = ListState()
    public var year: Int
    /// Only this province's products (nil: every province).
    public var province: String?
    public var report: CoverageReport
    public var lines: [CoverageLine] = []

    init(model: DashboardModel) {
        year = model.today.year
        report = model.coverage
    }
}

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
        let position = state.coverage.lines.firstIndex { $0.productId != nil && $0.productId == selected }
            ?? state.coverage.lines.firstIndex { $0.productId != nil } ?? 0
        state.coverage.list.selected = position
        state.coverage.list.scroll(count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
    }
}

extension AppState {
    var selectedCoverageLine: CoverageLine? {
        coverage.lines.indices.contains(coverage.list.selected) ? coverage.lines[coverage.list.selected] : nil
    }
}
