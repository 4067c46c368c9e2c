import ArgumentParser
import DashboardRuntime
import DashboardUI
import Foundation
import PilotCore
import PilotPostgres
import PilotStore
import Preferences
import TerminalUI

/// The default command: the terminal dashboard.
struct DashboardCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the terminal dashboard (the default command).")

    @OptionGroup var common: CommonOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Colour theme: default, light, high-contrast, mono, or a .theme file (default: $BIOPILOT_THEME, else the config file's theme).",
            valueName: "NAME"))
    var theme: String?

    @Flag(
        name: .long, inversion: .prefixedNo,
        help:
            "Clicks and the wheel, or leave the mouse to the terminal to select and copy text (default: the config file's mouse, else on)."
    )
    var mouse: Bool?

    @Flag(name: .long, help: "Refuse every change to the store.")
    var readonly = false

    func run(reference: ReferenceData) throws {
        var exitCode: Int32 = 0
        try reporting {
            // Before the terminal check: a first run without a terminal learns how to start as well. A PostgreSQL
            // URL names no directory: opening it says what is missing there (`biopilot pg init`).
            if !common.demo && !PostgresStore.names(common.storeDirectory) && FirstRun.isFirstRun(common.storeDirectory) {
                printError(FirstRun.message(common.storeDirectory)[common.language])
                exitCode = 2
                return
            }
            do {
                try Terminal.checkAvailable(environment: common.environment)
            } catch {
                printError(
                    """
                    biopilot: \(error).
                    The same data is available without a terminal: `biopilot coverage`, `biopilot validate`, \
                    `biopilot export csv products`, or `biopilot render --screen products` for the screen as text.
                    """)
                exitCode = 2
                return
            }
            // The journal's chain is checked after the first frame (it took the second core from the snapshot's
            // decoding), and before anything is written.
            let store = try common.openStore(reference, history: .afterOpening)
            let runtime = EffectRunner(store: store, user: common.user, lockPolicy: common.lockPolicy)
            let settings = common.settings(theme: theme, mouse: mouse)
            let loaded = ThemeFiles.load(name: settings.theme.value, env: common.environment)
            let terminal: Terminal
            do {
                terminal = try Terminal(theme: loaded.theme, mouse: settings.mouse.value)
            } catch {
                printError("biopilot: \(error). Try TERM=xterm-256color, or use `biopilot render --screen products`.")
                exitCode = 2
                return
            }
            defer { terminal.end() }
            // A damaged journal opens read-only: the dashboard says so up front instead of refusing each save
            // (or, once the check left for after the first frame says so, then).
            let damage = store.historyCheckPending ? nil : runtime.damage
            let context = AppContext(storePath: store.location, user: common.user, readOnly: readonly, readOnlyReason: damage)
            // The model built in place: a variable holding it too would make the first edit copy its arrays.
            var state = AppState(
                model: DashboardModel(data: store.data, revision: store.revision, today: common.day, reference: reference),
                context: context, size: terminal.size, language: common.language)
            state.applyPreferences(homeProvince: settings.homeProvince.value?.code, productSort: settings.defaultSort.value)
            // The damage alone: it decides what the user can do. Else every start-up problem, each kept in the
            // messages (`M`): the preferences file's were also printed on stderr, which the dashboard covers.
            let problems = UserPreferences.problems(common.language, brief: true) + loaded.problems + store.notices
            for problem in damage != nil ? [context.refusal(common.language)] : problems {
                _ = reduce(&state, .message(problem, isError: true))
            }
            // A snapshot rewrite still encoding is dropped on quit; one writing is finished first.
            defer { store.cancelCompaction() }
            try runLoop(terminal: terminal, runtime: runtime, state: &state)
            // Quit: the terminal restored and the snapshot rewrite settled, the process ends here instead of
            // freeing the model and the store (a second or more at national scale) on its way out. Every save
            // is fsynced when it returns, and the lock is taken per operation (and would die with the process).
            store.cancelCompaction()
            terminal.end()
            QuietCompaction.afterAnswer()
            Foundation.exit(0)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Keys in, effects out to the runtime, its actions back into the state; between keys the runtime looks for
    /// other users' edits: at every input timeout (250 ms) on a store that is notified of them (PostgreSQL, where a
    /// look costs nothing until a notification came, so an edit shows well within a second), else every second.
    func runLoop(terminal: Terminal, runtime: EffectRunner, state: inout AppState) throws {
        terminal.draw(Screen.render(state))
        runtime.store.startHistoryCheck()
        var historyPending = runtime.store.historyCheckPending
        var quietTicks = 0
        while !terminal.stopWasRequested {
            // While a part of the model or the journal's check is still in the making, a look every 40 ms instead
            // of every 250, so what it shows (the overdue count, a damaged journal) comes as soon as it is there.
            let making = historyPending || !state.model.isSettled
            terminal.inputTimeout = making ? 40 : 250
            if historyPending && !runtime.store.historyCheckPending {
                // The check left for after the first frame: a damaged journal makes the dashboard read-only now.
                historyPending = false
                if let damage = runtime.damage { _ = reduce(&state, .journalDamaged(damage)) }
                terminal.draw(Screen.render(state))
            }
            var effects: [Effect] = []
            switch terminal.readKey() {
            case .key(let key)?:
                effects = reduce(&state, .key(key))
                quietTicks = 0
            case .resize(let size)?:
                effects = reduce(&state, .resize(size))
            case .mouse(let event)?:
                effects = reduce(&state, .mouse(event))
                quietTicks = 0
            case nil:
                // The parts of the model made after the first frame, taken in once done; of them the status line
                // shows the overdue count.
                let overdue = state.model.overdueCount
                state.settleModel()
                if state.model.overdueCount != overdue { terminal.draw(Screen.render(state)) }
                // Quiet is counted in 250 ms ticks (a look at others' edits each second, compaction after 5 s),
                // from when the parts are in.
                guard !making else { continue }
                quietTicks += 1
                guard runtime.store.isNotified || quietTicks % 4 == 0 else { continue }
                // After 5 s without a key, a due snapshot rewrite: never inside a save.
                let actions = runtime.lookForOthersEdits(in: state) + (quietTicks >= 20 ? runtime.compactWhenQuiet(in: state) : [])
                guard !actions.isEmpty else { continue }
                for action in actions { _ = reduce(&state, action) }
            }
            for effect in effects {
                switch effect {
                case .quit:
                    return
                case .redraw:
                    terminal.invalidate()
                default:
                    for action in runtime.run(effect, in: state) { _ = reduce(&state, action) }
                }
            }
            terminal.draw(Screen.render(state))
        }
    }
}
