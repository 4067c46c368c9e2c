import PilotCore

/// The calendar's month index, built from the inspections' start days and ids read once, in place (after the first
/// frame, on another core: `calendarMonths`).
extension DashboardModel {
    /// Inspections overlapping each month (key year × 12 + month − 1), each month's in start order.
    static func bookingsByMonth(_ inspections: PilotCore.Table<Inspection>) -> [Int: [CalendarBooking]] {
        var bookings: [CalendarBooking] = []
        bookings.reserveCapacity(inspections.count)
        inspections.forEachPosition { _, i in bookings.append(CalendarBooking(i)) }
        var byMonth: [Int: [CalendarBooking]] = [:]
        for k in startOrder(bookings) {
            for m in months(of: bookings[k]) { byMonth[m, default: []].append(bookings[k]) }
        }
        return byMonth
    }

    /// Positions of the bookings by start day, then id: the days compared as integers, the ids only on the same day.
    private static func startOrder(_ bookings: [CalendarBooking]) -> [Int] {
        let days = bookings.map(\.start.dayNumber)
        return bookings.indices.sorted { days[$0] != days[$1] ? days[$0] < days[$1] : bookings[$0].id < bookings[$1].id }
    }
}
