import PilotCore

/// Where a binding applies: a pane's part, the global keys, or an overlay. CaseIterable so the tests can
/// check every scope, including ones added later.
public enum KeyScope: Hashable, Sendable, CaseIterable {
    case global
    case list
    case productList
    case caseDetail
    case calendar
    case samplingList
    case coverage
    case dueList
    /// The overlay of a save refused because someone else changed the record.
    case conflict
    case help
    /// The one-line prompts that take text: filter, command line, go to date, reason, rectification date.
    case prompt
    /// A y/n question before something irreversible.
    case confirm
    case form
    /// The list a form field is chosen from: typing searches it.
    case picker
    case log
    case planReview
    case inspectionCard
    /// An error shown whole over everything: any key closes it.
    case notice
}
