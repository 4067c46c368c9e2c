import DashboardRuntime
import Foundation
import PilotCore
import PilotPostgres
import PilotStore
import PostgresSupport
import Testing

@testable import DashboardUI

/// The demo store on PostgreSQL, and dashboards on it: each a runner (the dashboard's runtime) on its own store, with
/// the state its reducer keeps, as the terminal loop drives them.
struct PostgresDashboard {
    static let today = CivilDate("2026-11-22")!
    static let reference: ReferenceData = {
        do { return try ReferenceData.load() } catch { fatalError("\(error)") }
    }()

    let database: PostgresTestDatabase
    var url: String { database.cluster.url(database: database.name) }

    /// A new database holding the demo data, written by the cluster's superuser in one edit (on the shared
    /// cluster, or on `cluster`).
    init(_ test: String, on cluster: PostgresCluster? = nil) throws {
        database = try PostgresTestDatabase(test, on: cluster)
        let data = DemoData.make(today: Self.today, reference: Self.reference)
        let records: [AnyRecord] =
            data.enterprises.records.map { .enterprise($0) } + data.sites.records.map { .site($0) }
            + data.products.records.map { .product($0) } + data.residentStaff.records.map { .staff($0) }
            + data.inspectors.records.map { .inspector($0) } + data.inspections.records.map { .inspection($0) }
            + data.samplings.records.map { .sampling($0) } + data.settings.records.map { .setting($0) }
            + data.measures.records.map { .measure($0) }
        try PostgresStore.open(url).commit(user: "setup", reason: "demo") { _ in records.map { .create($0) } }
    }

    /// A member's dashboard: its runtime on a store of its own, and the state as first drawn.
    func member(_ user: String, url: String? = nil, language: Language = .en) throws -> Member {
        let store = try PostgresStore.open(url ?? self.url)
        let state = AppState(
            model: DashboardModel(data: store.data, revision: store.revision, today: Self.today, reference: Self.reference),
            context: AppContext(storePath: store.location, user: user, readOnly: false), size: Size(width: 120, height: 30),
            language: language)
        return Member(store: store, runner: EffectRunner(store: store, user: user), state: state)
    }

    /// Ends every connection to the test's database but the one asking, as a server restart or a network cut would,
    /// waiting (up to 5 s) until each server process has gone. `refusingNew`: and new connections are refused until
    /// `allowConnections()`, as while a server is down.
    func dropConnections(refusingNew: Bool = false) throws {
        let admin = try PostgresConnection(database.cluster.url(database: "postgres"))
        if refusingNew { try admin.execute("ALTER DATABASE \(database.name) ALLOW_CONNECTIONS false") }
        let ended = try admin.execute(
            "SELECT count(pg_terminate_backend(pid, 5000)) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            [database.name]
        ).value(0, "n")
        #expect(Int(ended ?? "") ?? 0 > 0, "no connection to end")
    }

    func allowConnections() throws {
        try PostgresConnection(database.cluster.url(database: "postgres")).execute(
            "ALTER DATABASE \(database.name) ALLOW_CONNECTIONS true")
    }
}

/// One dashboard: keys and the runtime's answers go through `reduce`, as in the terminal loop.
final class Member {
    let store: PostgresStore
    let runner: EffectRunner
    var state: AppState

    init(store: PostgresStore, runner: EffectRunner, state: AppState) {
        self.store = store
        self.runner = runner
        self.state = state
    }

    /// Keys pressed; the effects they ask for run, and what the runtime answers is reduced. The answers, in order.
    @discardableResult
    func press(_ keys: Key...) -> [Action] {
        var answers: [Action] = []
        for key in keys {
            for effect in reduce(&state, .key(key)) {
                let actions = runner.run(effect, in: state)
                for action in actions { _ = reduce(&state, action) }
                answers += actions
            }
        }
        return answers
    }

    func type(_ text: String) { for c in text { _ = reduce(&state, .key(.char(c))) } }

    /// One quiet tick of the terminal loop: the runtime's look for other members' edits, reduced.
    @discardableResult
    func look() -> [Action] {
        let actions = runner.lookForOthersEdits(in: state)
        for action in actions { _ = reduce(&state, action) }
        return actions
    }

    /// Looks every `tick` until the look brings something, up to `limit`: what it brought and when.
    func lookUntilSomething(tick: Duration = .milliseconds(250), limit: Duration = .seconds(5)) -> (actions: [Action], after: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < limit {
            let actions = look()
            if !actions.isEmpty { return (actions, clock.now - start) }
            Thread.sleep(forTimeInterval: Double(tick.components.attoseconds) / 1e18 + Double(tick.components.seconds))
        }
        return ([], clock.now - start)
    }

    /// The status line as drawn at the bottom of the screen.
    var statusLine: String {
        let grid = Screen.render(state)
        return grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[Layout.status(state.size).y]
    }

    /// Opens SMP-0017's edit form on the sampling pane.
    func editSampling(_ id: String) throws {
        try RenderState.prepare(&state, pane: .sampling, select: id, detail: false)
        press(.char("e"))
        #expect(state.form != nil, "no form: \(String(describing: state.message))")
    }
}

extension Action {
    /// What a test compares: the kind of action and its text.
    var label: String {
        switch self {
        case .dataChanged(_, let revision, _): return "dataChanged r\(revision)"
        case .othersChanged(_, let revision, _): return "othersChanged r\(revision)"
        case .message(let text, let isError): return (isError ? "error: " : "message: ") + text
        case .journalDamaged(let reason): return "damaged: " + reason
        case .connectionChanged(let lost, let message): return (lost ? "lost: " : "connected: ") + message
        case .saveFinished(let ok, let message, _): return "saveFinished \(ok): \(message)"
        case .saveConflicted: return "saveConflicted"
        case .logLoaded(let title, _): return "logLoaded \(title)"
        case .exportWouldOverwrite(let request): return "ask to replace \(request.path)"
        case .importFinished(let outcome): return "import: \(outcome.summary)"
        case .key, .resize, .mouse: return "\(self)"
        }
    }
}
