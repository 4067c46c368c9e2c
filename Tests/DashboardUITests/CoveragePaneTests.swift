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
        #expect(s.coverageReport == report)
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
        #expect(s.coverage.province == "110000" && s.coverage.lines.count == 5) // two products, then P14 not in production
        UI.press(&s, .char("f"))
        #expect(s.coverage.province == "310000")
        UI.press(&s, .char("["))
        #expect(s.coverage.year == 2025 && s.coverageReport.year == 2025)
        UI.press(&s, .char("]"), .char("]"))
        #expect(s.coverage.year == 2027)
    }

    /// A past year's report is kept while the model stays, and computed anew once an edit changes the model.
    @Test func aPastYearSeenAgainIsTheReportOfTheCurrentData() throws {
        var s = coverageState()
        UI.press(&s, .char("["))
        let year = s.coverage.year
        #expect(s.coverageReport == Coverage.report(year: year, asOf: UI.today, index: s.model.index))
        UI.press(&s, .char("]"), .char("["))
        #expect(s.coverageReport == Coverage.report(year: year, asOf: UI.today, index: s.model.index))
        // Another member deletes an inspection completed that year: the year's report must show it gone.
        let gone = try #require(UI.data.inspections.first { $0.status == .completed && $0.end.year == year })
        var data = UI.data
        _ = data.inspections.remove(id: gone.id)
        UI.press(&s, .char("]"))
        _ = reduce(
            &s, .dataChanged(data, revision: s.model.revision + 1, changes: [RecordChange(before: .inspection(gone), after: nil)]))
        UI.press(&s, .char("["))
        let fresh = Coverage.report(year: year, asOf: UI.today, index: s.model.index)
        #expect(s.coverageReport == fresh)
        #expect(fresh != Coverage.report(year: year, asOf: UI.today, index: UI.model.index))
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
        // P02 has its full-system inspection, but its own supervision plan asks for two a year.
        #expect(review.result.proposals.map(\.productId) == ["P12", "P02"])
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
        #expect(UI.press(&t, .char("x")).isEmpty && t.planReview?.result.proposals.map(\.productId) == ["P02"])
        UI.press(&t, .escape)
        #expect(t.planReview == nil)
    }
}

@Suite struct CoveragePaneNotCountedTests {
    @Test(arguments: [Language.zh, .en])
    func productsNotInProductionAreListedApart(_ language: Language) {
        var s = UI.state(Size(width: 120, height: 60), language)
        UI.press(&s, .char("4"))
        let report = s.coverageReport
        #expect(report.notInProduction.map(\.productId) == ["P13", "P14"])
        let heading = Bilingual(zh: "未在产（不计入）", en: "Not in production (not counted)")[language]
        #expect(s.coverage.lines.contains(.notCountedHeading(count: 2)))
        let text = Screen.render(s).text
        #expect(text.contains(heading))
        #expect(text.contains("P13") && text.contains("P14"))
        // Listed, never counted: no province heading includes them.
        #expect(report.provinces.map(\.total).reduce(0, +) == report.products.map(\.byProvince.count).reduce(0, +))
    }

    @Test func aProductEnteringProductionLateInTheYearShowsTheDate() {
        var data = UI.data
        var p = data.products[id: "P13"]!
        p.steps.append(StageStep(stage: .inProduction, date: CivilDate("2026-11-02")!))
        data.products.upsert(p)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        var s = AppState(model: model, context: UI.state().context, size: Size(width: 140, height: 60), language: .zh)
        UI.press(&s, .char("4"))
        #expect(Screen.render(s).text.contains("11月2日起在产 SL-330"))
        #expect(!s.coverageReport.notInProduction.contains { $0.productId == "P13" })
    }
}
