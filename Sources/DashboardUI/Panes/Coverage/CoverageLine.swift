import PilotCore

/// One line of the coverage matrix: a province heading or a product under it (a cross-province product
/// appears under each of its provinces, with that province's share), then the products not in production,
/// listed apart and not counted.
public enum CoverageLine: Equatable, Sendable {
    case province(code: String, covered: Int, total: Int)
    case product(ProductCoverage, province: String)
    case notCountedHeading(count: Int)
    case notCounted(NotCounted)

    var productId: String? {
        switch self {
        case .product(let p, _): return p.productId
        case .notCounted(let n): return n.productId
        case .province, .notCountedHeading: return nil
        }
    }
}

extension AppState {
    var selectedCoverageLine: CoverageLine? {
        coverage.lines.indices.contains(coverage.list.selected) ? coverage.lines[coverage.list.selected] : nil
    }
}
