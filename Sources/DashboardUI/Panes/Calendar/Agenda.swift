import PilotCore

/// The inspections the agenda lists for the calendar's state: those on the selected day, or when there are
/// none, those in its week. Cancelled ones are listed too (struck through by their style).
enum Agenda {
    struct Listing {
        let items: [CalendarBooking]
        let isWeek: Bool
    }

    /// The selected day's inspections, or its week's when it has none. Read from the week alone, not from the six
    /// weeks the grid shows: a key asks for the listing up to three times, and at national scale six weeks hold
    /// thousands of inspections, each copied.
    static func listing(_ state: AppState) -> Listing {
        let day = state.calendar.selected
        let monday = day.adding(days: 1 - day.weekday)
        let week = own(state, state.model.bookings(from: monday, to: monday.adding(days: 6)))
        let onDay = week.filter { $0.overlaps(day, day) }
        if !onDay.isEmpty { return Listing(items: onDay, isWeek: false) }
        return Listing(items: week, isWeek: true)
    }

    /// Inspections in the weeks the month grid shows: all, or in load mode only the selected inspector's.
    static func bookings(_ state: AppState) -> [CalendarBooking] {
        let first = state.calendar.monthStart.adding(days: 1 - state.calendar.monthStart.weekday)
        let last = max(first.adding(days: 41), state.calendar.selected.adding(days: 7 - state.calendar.selected.weekday))
        return own(
            state,
            state.model.bookings(from: min(first, state.calendar.selected.adding(days: 1 - state.calendar.selected.weekday)), to: last))
    }

    /// In load mode only the selected inspector's inspections; otherwise all.
    private static func own(_ state: AppState, _ all: [CalendarBooking]) -> [CalendarBooking] {
        guard state.calendar.loadMode, let inspector = LoadView.inspector(state) else { return all }
        return all.filter { $0.team.contains(inspector.id) }
    }

    static func selectedInspection(_ state: AppState) -> Inspection? {
        let items = listing(state).items
        return items.indices.contains(state.calendar.agendaIndex) ? inspection(items[state.calendar.agendaIndex], state) : nil
    }

    /// The whole inspection a listed booking stands for, as the store has it.
    static func inspection(_ booking: CalendarBooking, _ state: AppState) -> Inspection? {
        state.model.index.data.inspections[id: booking.id]
    }
}
