import PilotCore
import Testing

@testable import DashboardUI

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
                    s.coverage.lines == CoverageView.lines(s.coverage.report, province: province),
                    "after \(EditScript.names[op]) (\(variant))")
                #expect(s.coverage.report == s.model.coverage)
            }
        }
    }

    /// A renamed product's lines show the new name, without the lines being built again.
    @Test func aRenameIsPatchedIntoTheLines() {
        let report = UI.model.coverage
        guard let first = report.products.first else {
            Issue.record("the demo has no product in scope")
            return
        }
        var lines = CoverageView.lines(report, province: nil)
        var data = UI.data
        let product = data.products[id: first.productId]!
        var renamed = product
        renamed.name += "（新）"
        data.products.upsert(renamed)
        let model = UI.model.applying(
            [RecordChange(before: .product(product), after: .product(renamed))], to: data, revision: UI.model.revision + 1)
        #expect(CoverageView.patch(&lines, from: report, to: model.coverage))
        #expect(lines == CoverageView.lines(model.coverage, province: nil))
        #expect(lines.contains { if case .product(let p, _) = $0 { p.name == renamed.name } else { false } })
    }
}
