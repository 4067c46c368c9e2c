import ArgumentParser
import DashboardUI
import Exchange
import Foundation
import PilotCore
import PilotStore
import TerminalUI

/// The default command: the terminal dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the terminal dashboard (the default command).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, or a .theme file.", valueName: "NAME"))
    var theme: String?

    @Flag(name: .long, help: "Refuse every change to the store.")
    var readonly = false

    func run() throws {
        var exitCode: Int32 = 0
        try reporting {
            do {
                try Terminal.checkAvailable(environment: common.environment)
            } catch {
                printError("""
                biopilot: \(error).
                The same data is available without a terminal: `biopilot coverage`, `biopilot validate`, \
                `biopilot export csv products`, or `biopilot render --screen products` for the screen as text.
                """)
                exitCode = 2
                return
            }
            let store = try common.openStore()
            prepareForDashboard(store)
            let loaded = ThemeFiles.load(name: theme, env: common.environment)
            let terminal: Terminal
            do {
                terminal = try Terminal(theme: loaded.theme)
            } catch {
                printError("biopilot: \(error). Try TERM=xterm-256color, or use `biopilot render --screen products`.")
                exitCode = 2
                return
            }
            defer { terminal.end() }
            let model = DashboardModel(data: store.data, revision: store.revision, today: common.day)
            // A damaged journal opens read-only: the dashboard says so up front instead of refusing each save.
            // File and line first, then the fix, then the reason: the status line shows what fits.
            let damage = store.damage.map { e in
                let line = (e.position ?? "").components(separatedBy: " (").first ?? ""
                return [((e.file ?? "") as NSString).lastPathComponent, line].joined(separator: " ")
                    + " — biopilot doctor --repair — " + (e.position.map { $0 + ": " } ?? "") + e.reason
            }
            let context = AppContext(storePath: store.files.directory, user: common.user, readOnly: readonly, readOnlyReason: damage)
            var state = AppState(model: model, context: context, size: terminal.size, language: common.language)
            // The damage first: it decides what the user can do.
            if let problem = damage != nil ? context.refusal(common.language) : (loaded.problems + store.notices).first {
                _ = reduce(&state, .message(problem, isError: true))
            }
            try runLoop(terminal: terminal, store: store, state: &state)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Keys in, effects out; between keys (every second of quiet) it looks for other users' edits.
    func runLoop(terminal: Terminal, store: Store, state: inout AppState) throws {
        terminal.draw(Screen.render(state))
        var quietTicks = 0
        var refresh = RefreshState(noticesShown: store.notices.count)
        while !terminal.stopWasRequested {
            var effects: [Effect] = []
            switch terminal.readKey() {
            case .key(let key)?:
                effects = reduce(&state, .key(key))
                quietTicks = 0
            case .resize(let size)?:
                effects = reduce(&state, .resize(size))
            case nil:
                quietTicks += 1
                guard quietTicks % 4 == 0, lookForOthersEdits(store, &state, &refresh) else { continue }
            }
            for effect in effects {
                switch effect {
                case .quit:
                    return
                case .redraw:
                    terminal.invalidate()
                case .save(let edit):
                    save(edit, store: store, state: &state)
                    showNewNotices(store, &state, &refresh)
                case .exportICS(let path):
                    let index = PilotIndex(store.data)
                    let text = ICalendar.document(index.data.inspections.records.sorted { ($0.start, $0.id) < ($1.start, $1.id) },
                                                  index: index, language: state.language, stamp: Date(), head: store.head.description)
                    do {
                        try text.write(toFile: (path as NSString).expandingTildeInPath, atomically: true, encoding: .utf8)
                        _ = reduce(&state, .message("\(path): \(index.data.inspections.count) inspections", isError: false))
                    } catch {
                        _ = reduce(&state, .message("\(path): \(error.localizedDescription)", isError: true))
                    }
                case .importSamplings(let path):
                    runImport(&state, store) { try SamplingImporter.run(file: (path as NSString).expandingTildeInPath, store: store, user: common.user, dryRun: false) }
                case .importProducts(let path):
                    runImport(&state, store) { try ProductImporter.run(file: (path as NSString).expandingTildeInPath, store: store, user: common.user, dryRun: false) }
                case .showLog(let kind, let id):
                    let entries = (try? store.history(of: kind, id: id)) ?? []
                    let lines = entries.map { e -> String in
                        var line = "#\(e.revision) \(e.time) \(LogCommand.who(e)) \(e.action.rawValue)"
                        if let b = e.before, let a = e.after, let x = try? RecordFields.fields(b), let y = try? RecordFields.fields(a) {
                            let changed = Set(x.keys).union(y.keys).sorted().filter { x[$0] != y[$0] }
                            line += " " + changed.map { "\($0): \(x[$0] ?? "—") → \(y[$0] ?? "—")" }.joined(separator: "; ")
                        }
                        if let r = e.reason { line += " — \(r)" }
                        return line
                    }
                    _ = reduce(&state, .logLoaded(title: ":log \(kind.rawValue) \(id)", lines: Array(lines)))
                case .compact:
                    do {
                        try store.compact()
                        _ = reduce(&state, .message(Strings.compacted[state.language] + " (r\(store.revision))", isError: false))
                    } catch {
                        _ = reduce(&state, .message("\(error)", isError: true))
                    }
                }
            }
            terminal.draw(Screen.render(state))
        }
    }

    /// Runs an import from the dashboard: its summary, or its first problems, in the status line.
    func runImport(_ state: inout AppState, _ store: Store, _ body: () throws -> String) {
        do {
            let summary = try body()
            _ = reduce(&state, .dataChanged(store.data, revision: store.revision))
            _ = reduce(&state, .message(summary, isError: false))
        } catch CLIFailure.message(let text, _) {
            // The import wrote nothing; what fits of its problems goes to the status line.
            _ = reduce(&state, .message(text.replacingOccurrences(of: "\n", with: " "), isError: true))
        } catch {
            _ = reduce(&state, .message("\(error)", isError: true))
        }
    }
}
