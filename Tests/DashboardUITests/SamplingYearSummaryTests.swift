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
}
