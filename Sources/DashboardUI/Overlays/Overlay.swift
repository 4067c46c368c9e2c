import PilotCore

/// Something drawn over the pane that takes the keys first. They live on one stack in `AppState.overlays`:
/// the top one handles a key, and the stack is drawn bottom first.
public enum Overlay: Equatable, Sendable {
    /// Enter on an inspection in the calendar.
    case inspectionCard(String)
    /// `p` in the coverage pane.
    case planReview(PlanReview)
    /// `:log`.
    case log(LogView)
    case form(FormState)
    /// A searchable list over a form field (sites, inspectors, enterprises, provinces).
    case picker(PickerState)
    case conflict(ConflictState)
    /// `?`, scrolled when its keys do not fit.
    case help(scroll: Int)
    /// A one-line prompt at the bottom.
    case prompt(Prompt)
    /// An error too long for the status line, shown whole until the next key.
    case notice(StatusMessage)

    /// Which overlay goes over which, whatever order they were opened in: a prompt (a reason asked for by a
    /// form) is over everything, help over a conflict, a conflict over the form it refused, a picker over its form.
    enum Layer: Int, Comparable {
        case inspectionCard, planReview, log, form, picker, conflict, help, prompt, notice

        static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
    }

    var layer: Layer {
        switch self {
        case .inspectionCard: return .inspectionCard
        case .planReview: return .planReview
        case .log: return .log
        case .form: return .form
        case .picker: return .picker
        case .conflict: return .conflict
        case .help: return .help
        case .prompt: return .prompt
        case .notice: return .notice
        }
    }

    /// The overlay's key table.
    var scope: KeyScope {
        switch self {
        case .inspectionCard: return .inspectionCard
        case .planReview: return .planReview
        case .log: return .log
        case .form: return .form
        case .picker: return .picker
        case .conflict: return .conflict
        case .help: return .help
        case .prompt(.confirm): return .confirm
        case .prompt: return .prompt
        case .notice: return .notice
        }
    }
}
