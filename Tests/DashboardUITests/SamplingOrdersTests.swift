import PilotCore
import Testing

@testable import DashboardUI

/// The sampling list's sorts are built from integer ranks; an edit sorts rows in by comparing them. Both must give
/// one order, or a row would jump on the first edit after opening.
@Suite struct SamplingOrdersTests {
    @Test func rankedSortsEqualSortingInRowByRow() {
        // A generated store: many samplings per product, day and lab, so every tie-break is exercised.
        let data = StoreGenerator.make(
            GeneratorSize(products: 12, years: 2, provinces: 4), seed: 3, today: UI.today, reference: bundledReference)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        let rows = model.samplingRows
        #expect(rows.count > 200)
        expectBuiltEqualsInserted(rows, products: data.products.records)
    }

    /// The orders built at once equal those of the rows inserted one by one, in every sort, language and list.
    private func expectBuiltEqualsInserted(_ rows: [SamplingRow], products: some Collection<PilotProduct>) {
        let built = SamplingOrders(rows, products: products)
        var inserted = SamplingOrders([], products: products)
        inserted.insert(Array(rows.indices), deleted: [], rows: rows, products: [:])
        for commissioned in [false, true] {
            #expect(built.count(commissioned: commissioned) == inserted.count(commissioned: commissioned))
            for sort in SamplingSort.allCases {
                for language in [Language.zh, .en] {
                    #expect(
                        built.order(sort, language, commissioned: commissioned)
                            == inserted.order(sort, language, commissioned: commissioned),
                        "\(sort) \(language) commissioned: \(commissioned)")
                }
            }
        }
    }

    /// Rows out of id order (ids entered out of order, a store merged from two) take the sort by id, not the
    /// shortcut for rows already in id order; the orders still equal sorting the rows in one by one.
    @Test func rowsOutOfIdOrderSortAsRowByRow() {
        let data = StoreGenerator.make(
            GeneratorSize(products: 8, years: 2, provinces: 3), seed: 9, today: UI.today, reference: bundledReference)
        let inOrder = DashboardModel.samplingRows(data, today: UI.today, calendar: bundledReference.calendar)
        // Dealt into seven piles (rows 0, 7, 14, …, then 1, 8, 15, …): out of id order where each pile starts.
        let rows = inOrder.indices.sorted { ($0 % 7, $0) < ($1 % 7, $1) }.map { inOrder[$0] }
        #expect(zip(rows, rows.dropFirst()).contains { $0.sampling.id > $1.sampling.id })
        expectBuiltEqualsInserted(rows, products: data.products.records)
    }
}
