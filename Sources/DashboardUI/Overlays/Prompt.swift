import PilotCore

/// A one-line prompt at the bottom of the screen.
public enum Prompt: Equatable, Sendable {
    /// `/`: the products filter, edited as the list narrows.
    case filter(TextInput)
    /// `:`: a command.
    case command(CommandLineInput)
    /// A question answered with y or n before something irreversible.
    case confirm(Confirmation)
    /// `g` in the calendar: a date to go to.
    case goToDate(TextInput)
    /// A reason is required before the action goes ahead (Enter confirms, Esc steps back).
    case reason(ReasonFor, TextInput)
    /// The date a rectification was closed (prefilled with today), for the inspection as shown when asked.
    case closeRectification(Inspection, TextInput)
}
