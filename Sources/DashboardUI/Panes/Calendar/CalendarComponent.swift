import PilotCore

/// The inspection calendar: a month grid, the selected day's agenda, and the inspector-load view.
enum CalendarComponent: PaneComponent {
    static let title = Strings.paneCalendar
    static let shortTitle = Bilingual(zh: "日历", en: "Calendar")
    static let commandName = "calendar"
    static var bindings: [KeyBinding] { Keymap.calendar }

    static func scopes(_ state: AppState) -> [KeyScope] { [.calendar] }

    static func run(_ state: inout AppState, _ command: Command) -> [Effect] { CalendarReducer.run(&state, command) }

    static func render(into grid: inout Grid, area: Rect, _ state: AppState) { CalendarScreen.draw(into: &grid, area: area, state) }

    /// Nothing to keep: the calendar reads the model as it draws.
    static func keptSelection(_ state: AppState) -> String? { nil }

    static func reload(_ state: inout AppState, keeping kept: String?) {}

    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? {
        Agenda.selectedInspection(state).map { (.inspection, $0.id) }
    }

    static func recordCount(_ state: AppState) -> Int { Agenda.listing(state).items.count }

    static func select(_ state: inout AppState, id: String) -> Bool {
        guard let day = CivilDate(id) else { return false }
        state.calendar.selected = day
        return true
    }
}
