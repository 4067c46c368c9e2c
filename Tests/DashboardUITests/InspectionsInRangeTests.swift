import PilotCore
import Testing

@testable import DashboardUI

/// The calendar's inspections for a range come from the month index without a sort; they must be every inspection
/// overlapping the range, once, in start order, as a scan of the whole table finds them.
@Suite struct InspectionsInRangeTests {
    @Test func rangesFromTheMonthIndexEqualAScanOfEveryInspection() {
        let data = StoreGenerator.make(
            GeneratorSize(products: 10, years: 2, provinces: 3), seed: 5, today: UI.today, reference: bundledReference)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        #expect(data.inspections.count > 100)
        var start = CivilDate.firstOfYear(UI.today.year - 2)
        while start < UI.today.adding(days: 60) {
            for days in [0, 6, 41, 75] {
                let last = start.adding(days: days)
                let scanned = data.inspections.filter { $0.overlaps(start, last) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
                #expect(model.inspections(from: start, to: last).map(\.id) == scanned.map(\.id), "\(start)…\(last)")
            }
            start = start.adding(days: 17)
        }
    }
}

/// The month index holds each inspection's booking (what the grid reads), not the whole record: a range's bookings
/// are those of the inspections a scan finds, field for field, and `inspections(from:to:)` reads the records back.
@Suite struct CalendarBookingTests {
    @Test func aRangesBookingsAreThoseOfItsInspections() {
        let data = StoreGenerator.make(
            GeneratorSize(products: 10, years: 2, provinces: 3), seed: 7, today: UI.today, reference: bundledReference)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        var start = CivilDate.firstOfYear(UI.today.year - 1)
        while start < UI.today {
            let last = start.adding(days: 41)
            let scanned = data.inspections.filter { $0.overlaps(start, last) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            #expect(model.bookings(from: start, to: last) == scanned.map(CalendarBooking.init), "\(start)…\(last)")
            #expect(model.inspections(from: start, to: last) == scanned, "\(start)…\(last)")
            start = start.adding(days: 29)
        }
    }
}
