import DashboardUI
import Foundation
import PilotCore

/// `--parts`: what the dashboard model is built from, each timed on its own (mean of a few runs), and the pinyin
/// filter keystroke by keystroke. For finding where a slow row's time goes, not part of issue 15's table.
struct PartsBench {
    let data: PilotData
    let today: CivilDate
    let reference: ReferenceData

    func run() {
        print("-- parts of the dashboard model")
        let index = Stopwatch.mean("build index (once per revision)", repeat: 3) { PilotIndex(data) }
        let engine = RulesEngine(reference: reference, today: today)
        let findings = Stopwatch.mean("all findings (once per revision)", repeat: 3) { engine.findings(index) }
        print("  \(findings.count) findings")
        let coverage = Stopwatch.mean("coverage report for the year", repeat: 3) {
            Coverage.report(year: today.year, asOf: today, index: index)
        }
        let due = Stopwatch.mean("due list (once per revision)", repeat: 3) {
            DueList(index: index, today: today, calendar: reference.calendar, coverage: coverage)
        }
        print("  \(due.items.count) due items, \(due.overdueCount) overdue")
        if let one = data.products.records.first {
            _ = Stopwatch.mean("findings of one product (case view)", repeat: 100) { engine.productFindings(one, index) }
            _ = Stopwatch.mean("lookup of one product by id", repeat: 10_000) { data.products[id: one.id] }
        }
        let model = Stopwatch.mean("dashboard model (once per revision)", repeat: 3) {
            var model = DashboardModel(data: data, revision: 1, today: today, reference: reference)
            model.finish()
            return model
        }
        let names = data.products.records.map(\.name) + data.enterprises.records.map(\.name)
        _ = Stopwatch.mean("pinyin keys of \(names.count) product and holder names") { names.map(PinyinKey.init) }
        // Pinyin: every keystroke of "kang" narrows the rows whose names hold 康.
        var ui = AppState(
            model: model, context: AppContext(storePath: "/bench", user: "bench", readOnly: true), size: Size(width: 120, height: 40),
            language: .zh)
        _ = reduce(&ui, .key(.char("/")))
        for character in "kang" {
            _ = Stopwatch.mean("keystroke: pinyin filter '\(character)' + render") {
                _ = reduce(&ui, .key(.char(character)))
                return Screen.render(ui)
            }
        }
        print("  \(ui.products.visible.count) rows match kang")
    }
}
