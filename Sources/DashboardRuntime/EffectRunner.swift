import DashboardUI
import Exchange
import Foundation
import PilotCore
import PilotStore

/// The dashboard's runtime without a terminal: it owns the store, runs each `Effect` the reducer asks for
/// (save, import, export, `:log`, compact) and looks for other members' edits between keys, answering with
/// the `Action`s to feed back to `reduce`, in order. The terminal loop only reads keys, reduces and draws.
public final class EffectRunner {
    public let store: any Store
    /// Whose name the journal records for this dashboard's edits.
    public let user: String
    /// What the runner remembers between its looks at the store.
    var refresh: RefreshState

    /// Sets the store up for a dashboard: nothing may print to the terminal curses owns (notices go to the
    /// status line instead), and a save gives up after a few seconds behind another member's lock, keeping
    /// the form open, rather than freezing the screen for the command line's full timeout.
    public init(store: any Store, user: String, lockPolicy: LockPolicy = .standard) {
        self.store = store
        self.user = user
        store.onNotice = nil
        (store as? DirectoryStore)?.lockPolicy = LockPolicy(timeout: min(lockPolicy.timeout, 5))
        refresh = RefreshState(noticesShown: store.notices.count)
    }

    /// Why the dashboard is read-only when the store's journal is damaged, for `AppContext.readOnlyReason`.
    /// File and line first, then the fix, then the reason: the status line shows what fits.
    public var damage: String? {
        store.damage.map { e in
            let line = (e.position ?? "").components(separatedBy: " (").first ?? ""
            return [((e.file ?? "") as NSString).lastPathComponent, line].joined(separator: " ")
                + " — biopilot doctor --repair — " + (e.position.map { $0 + ": " } ?? "") + e.reason
        }
    }

    /// Runs one effect against the store and the file system. `.quit` and `.redraw` belong to the terminal
    /// and answer nothing here. `state` is the dashboard as it is when the effect runs (read-only mode, language).
    public func run(_ effect: Effect, in state: AppState) -> [Action] {
        switch effect {
        case .quit, .redraw:
            return []
        case .save(let edit):
            var actions = save(edit, in: state)
            if let notice = newNotice() { actions.append(notice) }
            return actions
        case .export(let request):
            return export(request, in: state)
        case .importSamplings(let path):
            return runImport(in: state) {
                try SamplingImporter.run(file: (path as NSString).expandingTildeInPath, store: store, user: user, dryRun: false)
            }
        case .importProducts(let path):
            return runImport(in: state) {
                try ProductImporter.run(
                    file: (path as NSString).expandingTildeInPath, store: store, user: user, dryRun: false,
                    provinces: state.model.provinces)
            }
        case .showLog(let query):
            do {
                let entries = try AuditQuery.entries(
                    query, limit: 500, store: store.location, open: store, language: state.language, provinces: state.model.provinces
                )
                let shown =
                    entries.isEmpty
                    ? [LogEntry(lines: [Strings.noLogEntries[state.language]])]
                    : entries.map { LogEntry(lines: $0.lines, detail: $0.detailLines) }
                return [.logLoaded(title: query.title, entries: shown)]
            } catch {
                return [.message(errorText(error, state.language), isError: true)]
            }
        case .compact:
            do {
                try store.compact()
                return [.message(Strings.compacted[state.language] + " (r\(store.revision))", isError: false)]
            } catch {
                return [.message(errorText(error, state.language), isError: true)]
            }
        }
    }

    /// Runs an import from the dashboard: its summary in the status line, every problem in an overlay, and
    /// what it wrote as one edit, so `u` takes the whole import back.
    func runImport(in state: AppState, _ body: () throws -> ImportReport) -> [Action] {
        let L = state.language
        do {
            let report = try body()
            let written = RecordEdit(
                changes: report.written.map { RecordEdit.Change(before: $0.before, after: $0.after) }, reason: nil, conflicts: nil,
                done: report.summary)
            return [
                .dataChanged(store.data, revision: store.revision),
                .importFinished(ImportOutcome(summary: report.summary[L], isError: false, written: written)),
            ]
        } catch let failure as ImportFailure {
            // The import wrote nothing.
            return [.importFinished(ImportOutcome(summary: failure.headline(L), problems: failure.problemLines(L), isError: true))]
        } catch {
            return [.message(errorText(error, state.language), isError: true)]
        }
    }
}

extension JournalEntry {
    /// The display name, and the operating-system account beside it when they differ.
    public var who: String {
        account.map { $0 == user ? user : "\(user) (\($0))" } ?? user
    }
}
