import PilotCore

/// The inspections the agenda lists for the calendar's state: those on the selected day, or when there are
/// none, those in its week. Cancelled ones are listed too (struck through by their style).
enum Agenda {
    struct Listing {
        let items: [Inspection]
        let isWeek: Bool
    }

    static func listing(_ state: AppState) -> Listing {
        let day = state.calendar.selected
        let all = bookings(state)
        let onDay = all.filter { $0.overlaps(day, day) }
        if !onDay.isEmpty { return Listing(items: onDay, isWeek: false) }
        let monday = day.adding(days: 1 - day.weekday)
        return Listing(items: all.filter { $0.overlaps(monday, monday.adding(days: 6)) }, isWeek: true)
    }

    /// Inspections in the weeks the month grid shows: all, or in load mode only the selected inspector's.
    static func bookings(_ state: AppState) -> [Inspection] {
        let first = state.calendar.monthStart.adding(days: 1 - state.calendar.monthStart.weekday)
        let last = max(first.adding(days: 41), state.calendar.selected.adding(days: 7 - state.calendar.selected.weekday))
        let all = state.model.inspections(
            from: min(first, state.calendar.selected.adding(days: 1 - state.calendar.selected.weekday)), to: last)
        guard state.calendar.loadMode, let inspector = LoadView.inspector(state) else { return all }
        return all.filter { $0.team.contains(inspector.id) }
    }

    static func selectedInspection(_ state: AppState) -> Inspection? {
        let items = listing(state).items
        return items.indices.contains(state.calendar.agendaIndex) ? items[state.calendar.agendaIndex] : nil
    }
}
