import PilotCore

/// The calendar pane's own state: the month shown, the selected day, which of its inspections is selected,
/// and whether the inspector-load view is on.
public struct CalendarState: Equatable, Sendable {
    public var selected: CivilDate
    /// Index into the agenda's list of inspections.
    public var agendaIndex = 0
    /// Inspector load: the grid shows one inspector's bookings and the side panel counts everyone's.
    public var loadMode = false
    public var loadInspector = 0

    public init(selected: CivilDate) { self.selected = selected }

    public var monthStart: CivilDate { CivilDate(year: selected.year, month: selected.month, day: 1)! }
    public var monthEnd: CivilDate { CivilDate(year: selected.year, month: selected.month, day: CivilDate.daysInMonth(year: selected.year, month: selected.month))! }

    /// The same day `months` months away, clamped to the month's length.
    public static func shift(_ date: CivilDate, months: Int) -> CivilDate {
        let total = date.year * 12 + (date.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        return CivilDate(year: year, month: month, day: min(date.day, CivilDate.daysInMonth(year: year, month: month)))!
    }
}

extension CivilDate {
    /// ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday).
    public var isoWeek: Int {
        let thursday = adding(days: 4 - weekday)
        let first = CivilDate.firstOfYear(thursday.year)
        return first.days(until: thursday) / 7 + 1
    }
}

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
        let all = state.model.inspections(from: min(first, state.calendar.selected.adding(days: 1 - state.calendar.selected.weekday)), to: last)
        guard state.calendar.loadMode, let inspector = LoadView.inspector(state) else { return all }
        return all.filter { $0.team.contains(inspector.id) }
    }

    static func selectedInspection(_ state: AppState) -> Inspection? {
        let items = listing(state).items
        return items.indices.contains(state.calendar.agendaIndex) ? items[state.calendar.agendaIndex] : nil
    }
}

enum LoadView {
    static func inspectors(_ state: AppState) -> [Inspector] { state.model.index.data.inspectors.records.sorted { $0.id < $1.id } }

    static func inspector(_ state: AppState) -> Inspector? {
        let all = inspectors(state)
        return all.isEmpty ? nil : all[min(state.calendar.loadInspector, all.count - 1)]
    }

    /// Bookings (not cancelled) overlapping the month, per inspector id.
    static func monthCounts(_ state: AppState) -> [String: Int] {
        let first = state.calendar.monthStart, last = state.calendar.monthEnd
        var counts: [String: Int] = [:]
        for i in state.model.inspections(from: first, to: last) where i.status != .cancelled {
            for member in i.team { counts[member, default: 0] += 1 }
        }
        return counts
    }
}
