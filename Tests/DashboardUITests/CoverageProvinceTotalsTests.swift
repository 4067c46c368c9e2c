import Testing

@testable import DashboardUI
@testable import PilotCore

/// An edit's coverage update moves the province totals by the shares of the rows it replaced, instead of summing
/// every product again: the totals must be the ones a full sum gives, and a province that would come or go
/// leaves the sum to be done whole.
@Suite struct CoverageProvinceTotalsTests {
    @Test func replacingAnyRowByAnyOtherGivesTheTotalsOfAFullSum() throws {
        let products = UI.model.coverage.products
        try #require(products.count > 2)
        let totals = Coverage.provinces(products)
        var compared = 0
        for i in products.indices {
            for j in products.indices where j != i {
                var edited = products
                edited[i] = products[j]
                let full = Coverage.provinces(edited)
                guard let moved = Coverage.provinces(totals, replacing: [products[i]], with: [products[j]]) else {
                    // Nil only when a province comes or goes.
                    #expect(full.map(\.code) != totals.map(\.code), "rows \(i) → \(j)")
                    continue
                }
                #expect(moved == full, "rows \(i) → \(j)")
                compared += 1
            }
        }
        #expect(compared > 0)
    }

    @Test func provincesLeftWithoutProductsLeaveTheSumToBeDoneWhole() throws {
        let products = UI.model.coverage.products
        let totals = Coverage.provinces(products)
        try #require(!totals.isEmpty)
        #expect(Coverage.provinces(totals, replacing: products, with: []) == nil)
        #expect(Coverage.provinces(totals, replacing: [], with: []) == totals)
    }
}
