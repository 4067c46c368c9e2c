import Foundation
import PilotCore
import PilotPostgres
import PilotStore
import PostgresSupport
import Testing

/// The two places a store can be, for command-line tests run against both: a store directory and a PostgreSQL
/// database (`--store postgresql://…`).
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case directory
    case postgres

    var testDescription: String { rawValue }
}

/// The demo store `biopilot demo` makes, on either backend. On PostgreSQL: `biopilot pg init` on a new database of
/// the test cluster, then the demo directory's journal replayed into it as one edit, so both hold the same records
/// in the same order.
final class DemoStore {
    let backend: Backend
    /// What `--store` is given: the directory, or the database's URL.
    let location: String
    private let directory: TempStore

    init(_ backend: Backend, today: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        self.backend = backend
        directory = try TempStore.demo(today: today, sourceLocation: sourceLocation)
        switch backend {
        case .directory:
            location = directory.path
        case .postgres:
            let cluster = try PostgresCluster.get()
            location = cluster.url(database: try cluster.database("cli"))
            let initialised = try CLI.run(["pg", "init", "--url", location])
            #expect(initialised.status == 0, "\(initialised.stderr)", sourceLocation: sourceLocation)
            let entries = try JournalAudit.newest(Int.max, in: directory.path) { _ in true }.reversed()
            let store = try PostgresStore.open(location)
            try store.commit(user: "e2e", reason: entries.first?.reason) { _ in entries.compactMap(\.change) }
        }
    }

    /// The same arguments with `--store` naming this store.
    func run(_ arguments: [String]) throws -> CLI.Result { try CLI.run(arguments + ["--store", location]) }

    /// The ids of the inspections the store holds, as `export json` lists them.
    func inspectionIDs(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let json = try run(["export", "json"])
        #expect(json.status == 0, "\(json.stderr)", sourceLocation: sourceLocation)
        let document = try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any]
        return (document?["inspections"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Why the journal is not one unbroken hash chain, or nil when it is. A directory: `log --verify`. PostgreSQL,
    /// whose database refuses a line whose hash does not match it or that does not name the last line's hash: the
    /// revisions run 1…head without a gap and each line names its predecessor's hash.
    func chainProblem() throws -> String? {
        switch backend {
        case .directory:
            let verify = try CLI.run(["log", "--verify", "--store", location])
            return verify.status == 0 ? nil : verify.stderr
        case .postgres:
            let rows = try PostgresConnection(location).execute(
                "SELECT revision, previous_hash, hash FROM biopilot.journal ORDER BY revision"
            ).rows
            var previous = JournalEntry.genesisHash
            for (index, row) in rows.enumerated() {
                guard row[0] == String(index + 1), row[1] == previous, let hash = row[2] else {
                    return "revision \(row[0] ?? "?") does not follow revision \(index) (hash \(previous))"
                }
                previous = hash
            }
            let head = try PostgresConnection(location).execute("SELECT revision, hash FROM biopilot.head").rows.first
            return head == [String(rows.count), previous] ? nil : "the head \(head ?? []) is not the last line"
        }
    }

}

extension JournalEntry {
    /// The change this line recorded (nil for a repair note, which changes no record).
    var change: Change? {
        switch (before, after) {
        case (nil, let after?): return .create(after)
        case (let before?, nil): return .delete(before)
        case (let before?, let after?): return .update(from: before, to: after)
        case (nil, nil): return nil
        }
    }
}
