import PilotCore
import Testing

@testable import DashboardUI

@Suite struct CoveragePaneTests {
    func coverageState(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) -> AppState {
        var s = UI.state(size, language)
        UI.press(&s, .char("4"))
        return s
    }

    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func golden(_ language: Language, _ size: Size) {
        let s = coverageState(size, language)
        Golden.expectMatch("coverage-\(language)-\(size.width)x\(size.height)", Screen.render(s))
    }

    @Test func numbersAreThoseOfTheCoverageReport() {
        let s = coverageState()
        let report = Coverage.report(year: 2026, asOf: UI.today, index: UI.model.index)
        #expect(s.coverage.report == report)
        #expect(Screen.render(s).text.contains("\(report.covered)/\(report.total) covered"))
        // Every province heading carries the report's numbers, and each product appears under each of its provinces.
        for p in report.provinces {
            #expect(s.coverage.lines.contains(.province(code: p.code, covered: p.covered, total: p.total)))
            #expect(
                s.coverage.lines.filter {
                    if case .product(let c, let province) = $0 {
                        return province == p.code && c.provinces.contains(p.code)
                    } else {
                        return false
                    }
                }.count == p.total)
        }
    }

    @Test func movesSkipHeadingsUncoveredFirstProvinceFilterAndYear() {
        var s = coverageState()
        #expect(s.selectedCoverageLine?.productId == "P06") // Beijing's uncovered product comes first
        UI.press(&s, .char("j"), .char("j"))
        #expect(s.selectedCoverageLine?.productId != nil)
        UI.press(&s, .char("f"))
        #expect(s.coverage.province == "110000" && s.coverage.lines.count == 3)
        UI.press(&s, .char("f"))
        #expect(s.coverage.province == "310000")
        UI.press(&s, .char("["))
        #expect(s.coverage.year == 2025 && s.coverage.report.year == 2025)
        UI.press(&s, .char("]"), .char("]"))
        #expect(s.coverage.year == 2027)
    }

    @Test func enterOpensTheCaseAndAddSchedulesWhatIsMissing() throws {
        var s = coverageState()
        UI.press(&s, .enter)
        #expect(s.pane == .products && s.products.detail?.productId == "P06")
        s = coverageState()
        while s.selectedCoverageLine?.productId != "P12" { UI.press(&s, .char("j")) }
        UI.press(&s, .char("a"))
        let form = try #require(s.form)
        #expect(
            form[InspectionFormField.product].text == "P12" && form[InspectionFormField.type].text == "full-gmp"
                && form[InspectionFormField.start].text == "2026-11-23")
    }

    @Test func planReviewAcceptsOneOrAll() throws {
        var s = coverageState()
        UI.press(&s, .char("p"))
        let review = try #require(s.planReview)
        #expect(review.result.proposals.map(\.productId) == ["P12"])
        #expect(review.result.unplaced.map(\.productId) == ["P08"])
        #expect(Screen.render(s).text.contains("Plan to close the 2026 gaps"))
        guard case .save(let edit)? = UI.press(&s, .char("A")).first, case .inspection(let created)? = edit.changes.first?.after else {
            Issue.record("no save")
            return
        }
        #expect(created.status == .planned && created.type == .fullGMP && created.joint && created.productId == "P12")
        _ = reduce(&s, .saveFinished(ok: true, message: "ok"))
        #expect(s.planReview == nil)
        // Skipping removes a proposal without saving.
        var t = coverageState()
        UI.press(&t, .char("p"))
        #expect(UI.press(&t, .char("x")).isEmpty && t.planReview?.result.proposals.isEmpty == true)
        UI.press(&t, .escape)
        #expect(t.planReview == nil)
    }
}
