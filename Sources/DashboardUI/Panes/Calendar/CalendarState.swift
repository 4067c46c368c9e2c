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
    /// The first inspection and the first inspector their lists show, moved so the selection stays in view.
    public var agendaOffset = 0
    public var loadOffset = 0

    public init(selected: CivilDate) { self.selected = selected }

    public var monthStart: CivilDate { CivilDate(year: selected.year, month: selected.month, day: 1)! }
    public var monthEnd: CivilDate {
        CivilDate(year: selected.year, month: selected.month, day: CivilDate.daysInMonth(year: selected.year, month: selected.month))!
    }

    /// The same day `months` months away, clamped to the month's length.
    public static func shift(_ date: CivilDate, months: Int) -> CivilDate {
        let total = date.year * 12 + (date.month - 1) + months
        let year = total / 12
        let month = total % 12 + 1
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
