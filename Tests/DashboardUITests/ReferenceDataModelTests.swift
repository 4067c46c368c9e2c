import PilotCore
import Testing

@testable import DashboardUI

/// The model computes deadlines with the reference data it was given, and keeps that data when the store changes.
@Suite struct ReferenceDataModelTests {
    @Test func anExtraHolidayMovesALabReportDeadlineAndSurvivesARebuild() throws {
        let row = try #require(
            UI.model.samplingRows.first {
                $0.sampling.receivedOn != nil && $0.sampling.conclusion == .pending && $0.sampling.reportDueExtendedTo == nil
            })
        let bundledDue = try #require(row.status.report?.due)
        let extra = WorkingCalendar.Holiday(name: Bilingual(zh: "测试假日", en: "test holiday"), first: bundledDue, last: bundledDue)
        let custom = ReferenceData(calendar: bundledReference.calendar.adding(extra), provinces: bundledReference.provinces)
        let expected = bundledReference.calendar.adding(workingDays: 1, to: bundledDue)

        func due(_ model: DashboardModel) -> CivilDate? {
            model.samplingRows.first { $0.sampling.id == row.sampling.id }?.status.report?.due
        }
        var state = UI.state()
        state.model = DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: custom)
        #expect(due(state.model) == expected)

        _ = reduce(&state, .dataChanged(UI.data, revision: 2))
        #expect(state.model.revision == 2)
        #expect(due(state.model) == expected)
        #expect(state.model.calendar.holidays.count == custom.calendar.holidays.count)
    }
}
