import PilotCore
import Testing

@testable import DashboardUI

/// The products table's column widths follow an edit without a pass over every row unless the longest value
/// left: whichever product changes, the widths equal a full build's.
@Suite struct ProductWidthsUpdateTests {
    /// Applies `change` to the product and compares the updated model's widths with a full build's.
    func check(_ product: PilotProduct, _ change: (inout PilotProduct) -> Void) {
        var after = product
        change(&after)
        var data = UI.data
        data.products.upsert(after)
        let updated = UI.model.applying(
            [RecordChange(before: .product(product), after: .product(after))], to: data, revision: UI.model.revision + 1)
        let full = DashboardModel(data: data, revision: UI.model.revision + 1, today: UI.today, reference: bundledReference)
        #expect(updated.productWidths == full.productWidths, "\(product.id)")
    }

    /// The product with the longest stage label in each language goes back to no stage ("—"): the column narrows.
    @Test func theLongestStageLeavingNarrowsTheColumn() {
        for L in Language.allCases {
            let longest = UI.data.products.records.max {
                DisplayWidth.of($0.stage?.label[L] ?? "—") < DisplayWidth.of($1.stage?.label[L] ?? "—")
            }
            guard let longest else {
                Issue.record("the demo has no products")
                return
            }
            check(longest) { $0.steps = [] }
        }
    }

    /// A rename keeps the widths; a stage taken back or another type may narrow or widen a column.
    @Test func renamesLongerIdsAndNewStagesKeepTheWidthsAFullBuildGives() {
        for product in UI.data.products.records.prefix(6) {
            check(product) { $0.name += "（新）" }
            check(product) { $0.steps = Array($0.steps.dropLast()) }
        }
        if let first = UI.data.products.records.first {
            check(first) { $0.type = ProductType.allCases.last ?? $0.type }
        }
    }
}
