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

extension AppState {
    var selectedCoverageLine: CoverageLine? {
        coverage.lines.indices.contains(coverage.list.selected) ? coverage.lines[coverage.list.selected] : nil
    }
}
