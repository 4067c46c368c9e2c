import Testing

@testable import DashboardUI
@testable import PilotCore

/// After an edit the coverage pane's lines, patched in place where the edit only replaced rows, are the lines built
/// anew from the report: for every kind of edit, with and without a province chosen.
@Suite struct CoverageLinesAfterEditTests {
    @Test(arguments: [false, true]) func everyKindOfEditLeavesTheLinesABuildGives(oneProvince: Bool) {
        var s = UI.state()
        let province = oneProvince ? UI.model.coverage.provinces.first?.code : nil
        s.coverage.province = province
        CoverageView.recompute(&s)
        var script = EditScript(data: UI.data)
        for op in EditScript.names.indices {
            for variant in [op * 13 + 5, op * 7 + 2] {
                let changes = script.apply(IncrementalModelTests.Step(op: op, pick: op * 7 + variant, variant: variant))
                _ = reduce(&s, .dataChanged(script.data, revision: s.model.revision + changes.count, changes: changes))
                #expect(
                    s.coverage.lines == CoverageView.lines(s.coverageReport, province: province),
                    "after \(EditScript.names[op]) (\(variant))")
                #expect(s.coverageReport == s.model.coverage)
            }
        }
    }

    /// A renamed product's lines show the new name, patched from the one row the model's update names as replaced,
    /// without a pass over every row; in the current year the pane holds no report of its own (the model's is shown).
    @Test func aRenameIsPatchedIntoTheLines() throws {
        let s = UI.state()
        #expect(s.coverage.pastYearReport == nil)
        let first = try #require(UI.model.coverage.products.first, "the demo has no product in scope")
        var data = UI.data
        let product = try #require(data.products[id: first.productId])
        var renamed = product
        renamed.name += "（新）"
        data.products.upsert(renamed)
        let model = UI.model.applying(
            [RecordChange(before: .product(product), after: .product(renamed))], to: data, revision: UI.model.revision + 1)
        #expect(model.coverageReplaced == [0])
        var pane = s.coverage
        #expect(CoverageView.patch(&pane, model.coverage, replaced: [0]))
        #expect(pane.lines == CoverageView.lines(model.coverage, province: nil))
        #expect(pane.lines.contains { if case .product(let p, _) = $0 { p.name == renamed.name } else { false } })
    }
}
