import PilotCore

/// The keys that work on every pane: quit, help, panes, the command line, undo, redraw.
enum GlobalCommands {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .quit:
            return [.quit]
        case .undo:
            guard !ReadOnlyGuard.refuse(&state) else { return [] }
            guard let undo = state.undoHistory.nextUndo else {
                state.message = StatusMessage(text: Strings.nothingToUndo[state.language], isError: true)
                return []
            }
            return [.save(undo)]
        case .redo:
            guard !ReadOnlyGuard.refuse(&state) else { return [] }
            guard let redo = state.undoHistory.nextRedo else {
                state.message = StatusMessage(text: Strings.nothingToRedo[state.language], isError: true)
                return []
            }
            return [.save(redo)]
        case .undoList:
            state.logView = LogView(title: Strings.undoListTitle[state.language], lines: state.undoHistory.lines(state.language))
        case .help:
            state.showHelp = true
        case .redraw:
            return [.redraw]
        case .nextPane:
            switchPane(&state, to: state.pane.cycled(by: 1))
        case .previousPane:
            switchPane(&state, to: state.pane.cycled(by: -1))
        case .pane(let pane):
            switchPane(&state, to: pane)
        case .commandLine:
            state.prompt = .command(CommandLineInput())
        case .showMessages:
            showMessages(&state)
        default:
            break
        }
        return []
    }

    /// `M`, `:messages`: every message since the dashboard started, newest at the bottom, opened at the bottom.
    static func showMessages(_ state: inout AppState) {
        let lines = state.messages.enumerated().map { n, m in "\(n + 1). " + (m.isError ? "✗ " : "") + m.text }
        var view = LogView(title: Strings.messagesTitle[state.language], lines: lines)
        view.scroll(by: .max, in: state.size)
        state.logView = view
    }

    static func switchPane(_ state: inout AppState, to pane: Pane) {
        state.pane = pane
        state.message = nil
    }
}
