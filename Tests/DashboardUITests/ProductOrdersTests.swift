import PilotCore
import Testing

@testable import DashboardUI

/// The product orders built from keys read once per row are the orders `precedes` gives, which the incremental
/// update keeps by binary search.
@Suite struct ProductOrdersTests {
    @Test(arguments: [14, 300])
    func keyedOrdersAreTheComparisonsOrders(products: Int) {
        let data = DemoData.make(today: UI.today, products: products, reference: bundledReference)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        let rows = model.rows
        for sort in DashboardModel.keyedSorts {
            let expected = rows.indices.sorted { DashboardModel.precedes(sort, rows[$0], rows[$1]) }
            #expect(model.orders[sort] == expected, "\(sort)")
        }
        for L in Language.allCases {
            let expected = rows.indices.sorted { DashboardModel.precedesByName(L, rows[$0], rows[$1]) }
            #expect(model.nameOrders[L] == expected, "\(L)")
        }
        // Ties to break: more than one product per province and per stage.
        #expect(Set(rows.map { $0.leadProvince?.code }).count < rows.count)
    }
}
