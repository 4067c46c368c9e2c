import Foundation
import PilotCore
import PilotPostgres
import PilotStore
import PostgresSupport
import Testing

/// The two backends of the store contract, as a test's argument: every test in this target runs once on each.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case directory
    case postgres

    var testDescription: String { rawValue }

    /// A new store on this backend holding `data`, created by "t" as `DirectoryStore.create` does (one line per record).
    func make(with data: PilotData = Sample.small(), test: String = #function) throws -> TestStore {
        switch self {
        case .directory:
            let path = NSTemporaryDirectory() + "biopilot-contract-" + UUID().uuidString
            _ = try DirectoryStore.create(path, data: data, user: "t", reason: "fixture")
            return TestStore(backend: self, location: path, removeAtEnd: path)
        case .postgres:
            let database = try PostgresTestDatabase(String(test.prefix { $0.isLetter }.prefix(40)))
            let url = database.cluster.url(database: database.name)
            let store = try PostgresStore.open(url)
            try store.commit(user: "t", reason: "fixture") { _ in Sample.creations(data) }
            return TestStore(backend: self, location: url, removeAtEnd: nil)
        }
    }

    /// The account a journal line names: the operating-system user on a directory (and its uid), the authenticated
    /// database role on PostgreSQL (no uid: the database knows none).
    func expectedAccount() throws -> (name: String, uid: Int?) {
        switch self {
        case .directory:
            let name = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? ""
            return (name, Int(geteuid()))
        case .postgres:
            return (try PostgresCluster.get().superuser, nil)
        }
    }
}

/// One test's store: where it is, and each member's own opening of it.
final class TestStore {
    let backend: StoreBackend
    let location: String
    private let removeAtEnd: String?

    init(backend: StoreBackend, location: String, removeAtEnd: String?) {
        self.backend = backend
        self.location = location
        self.removeAtEnd = removeAtEnd
    }

    deinit { if let removeAtEnd { try? FileManager.default.removeItem(atPath: removeAtEnd) } }

    /// The store as a member opens it: a process of its own on a directory, a connection of its own on PostgreSQL.
    func open() throws -> any Store {
        switch backend {
        case .directory: return try DirectoryStore.open(location)
        case .postgres: return try PostgresStore.open(location)
        }
    }
}

extension Store {
    /// Looks for other members' edits until this store is at `revision`: the first look finds them on a directory
    /// (it reads the journal); on PostgreSQL the notification travels, so a few looks may pass before it arrives.
    /// Gives up after `limit` (the contract's "within 1 s").
    func refresh(until revision: Int, within limit: Duration = .seconds(1)) throws {
        let clock = ContinuousClock()
        let start = clock.now
        try refresh()
        while self.revision < revision && clock.now - start < limit {
            usleep(5_000)
            try refresh()
        }
    }

    /// Every entry of the journal the store can read, oldest first.
    func allEntries() throws -> [JournalEntry] {
        try newest(Int.max, filter: JournalLineFilter()) { _ in true }.reversed()
    }
}
