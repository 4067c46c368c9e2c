import PilotCore

/// How a `:import` ended, as the runtime reports it: a summary, every problem by file line (in the UI
/// language), and what it wrote, which `u` undoes as one unit.
public struct ImportOutcome: Equatable, Sendable {
    public let summary: String
    public let problems: [String]
    public let isError: Bool
    public let written: RecordEdit?

    public init(summary: String, problems: [String] = [], isError: Bool, written: RecordEdit? = nil) {
        self.summary = summary
        self.problems = problems
        self.isError = isError
        self.written = written
    }

    /// The summary goes to the status line; problems open an overlay that lists them all, since a status
    /// line cuts them; what was written joins the undo history.
    func apply(to state: inout AppState) {
        state.message = StatusMessage(text: summary, isError: isError)
        if let written, !written.changes.isEmpty { state.undoHistory.saved(written) }
        if !problems.isEmpty {
            state.logView = LogView(title: Strings.importResultTitle[state.language], lines: [summary, ""] + problems)
        }
    }
}
