import PilotCore
import Testing

@testable import DashboardUI

/// The sampling pane's year summary is counted once per revision from the rows: for every year it equals what
/// `SamplingSummary` counts from the store (the counts the reports print).
@Suite struct SamplingYearSummaryTests {
    @Test func eachYearEqualsTheStoreCount() {
        let model = UI.model
        let data = model.index.data
        let years = Set(data.samplings.records.map(\.sampledOn.year))
        #expect(years.count > 1)
        for year in years.sorted() + [1999] {
            let shown = model.samplingSummaries[year]
            let byProduct = SamplingSummary.byProduct(data, year: year, today: model.today, calendar: model.calendar)
            let byLab = SamplingSummary.byLab(data, year: year, today: model.today, calendar: model.calendar)
            #expect(shown.byProduct == byProduct && shown.byLab == byLab, "\(year)")
        }
        #expect(model.samplingSummaries[model.today.year].byProduct.contains { $0.counts.overdue > 0 || $0.counts.fail > 0 })
    }

    /// Counting every row at once gives what adding them one edit at a time gives.
    @Test func countedAtOnceEqualsAddedByUpdate() {
        let rows = DashboardModel.samplingRows(SamplingRowMakerTests.data, today: UI.today, calendar: bundledReference.calendar)
        var added = SamplingYearSummaries([])
        added.update(removing: [], adding: rows)
        #expect(SamplingYearSummaries(rows) == added)
        var withdrawn = SamplingYearSummaries(rows)
        withdrawn.update(removing: Array(rows.prefix(40)), adding: [])
        var fewer = SamplingYearSummaries([])
        fewer.update(removing: [], adding: Array(rows.dropFirst(40)))
        #expect(withdrawn == fewer)
    }
}
