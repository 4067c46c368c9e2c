import Testing

@testable import PilotCore

/// The pilot summary names the products in the pilot without an enterprise assessment; an edit redoes it only when a
/// product joins or leaves them, and then the finding is the one a full pass gives.
@Suite struct PilotSummaryChangeTests {
    static let today = Rule.pilotEndDate.adding(days: -20)
    static let data = DemoData.make(today: today, reference: bundledReference)

    @Test func onlyAProductJoiningOrLeavingTheNamedRedoesTheSummary() throws {
        let product = try #require(Self.data.products.records.first { PilotSummaryRule.isUnassessed($0) })
        var assessed = product
        assessed.steps.append(StageStep(stage: .enterpriseAssessment, date: Self.today.adding(days: -1)))
        var renamed = product
        renamed.name += "（新）"
        let sampling = try #require(Self.data.samplings.records.first)
        var relabelled = sampling
        relabelled.lab += "·"
        #expect(FindingsByProduct.changesPilotSummary([RecordChange(before: .product(product), after: .product(assessed))]))
        #expect(FindingsByProduct.changesPilotSummary([RecordChange(before: .product(product), after: nil)]))
        #expect(FindingsByProduct.changesPilotSummary([RecordChange(before: nil, after: .product(product))]))
        #expect(!FindingsByProduct.changesPilotSummary([RecordChange(before: .product(product), after: .product(renamed))]))
        #expect(!FindingsByProduct.changesPilotSummary([RecordChange(before: .sampling(sampling), after: .sampling(relabelled))]))
        // Assessed, the product leaves the summary's list, which an update redoing the summary shows.
        var data = Self.data
        data.products.upsert(assessed)
        let engine = RulesEngine(reference: bundledReference, today: Self.today)
        var findings = FindingsByProduct(engine, index: PilotIndex(Self.data))
        findings.update(products: [product.id], inspectors: [], enterprises: false, pilotSummary: true, index: PilotIndex(data))
        #expect(findings.other == FindingsByProduct(engine, index: PilotIndex(data)).other)
    }
}
