import Testing

@testable import PilotCore

/// Grouping by runs gives what adding each position under its key gives, also when a key's records are not together.
@Suite struct PositionGroupsTests {
    @Test func runsAndScatteredKeysGroupAsOneByOne() {
        let keys = ["P1", "P1", "P2", "P1", "P3", "P3", "P2", "P2", "P1"]
        var groups = PositionGroups()
        var expected: [String: [Int]] = [:]
        for (position, key) in keys.enumerated() {
            groups.add(position, under: key)
            expected[key, default: []].append(position)
        }
        #expect(groups.finished() == expected)
        #expect(PositionGroups().finished().isEmpty)
    }

    @Test func theIndexGroupsAsTheTablesList() {
        let data = DemoData.make(today: CivilDate("2026-11-27")!, reference: bundledReference)
        let index = PilotIndex(data)
        for product in data.products.records {
            #expect(index.inspections(of: product.id).map(\.id) == data.inspections.records.filter { $0.productId == product.id }.map(\.id))
            let inForce = data.samplings.records.filter { $0.productId == product.id && !$0.isVoided }
            #expect(index.samplings(of: product.id).map(\.id) == inForce.filter { !$0.commissioned }.map(\.id))
            #expect(index.commissionedTests(of: product.id).map(\.id) == inForce.filter(\.commissioned).map(\.id))
            #expect(index.measures(of: product.id).map(\.id) == data.measures.records.filter { $0.productId == product.id }.map(\.id))
        }
    }
}
