import Foundation
import Glibc
import PilotCore
import PilotPostgres
import PilotStore
import PostgresSupport
import Testing

/// A server that goes silent (SIGSTOP: the kernel still accepts and acknowledges, nothing answers), as a frozen
/// host or a network that drops packets does. The dashboard runs on one thread: neither reconnecting nor a statement
/// may hold it. Each test stops a cluster of its own, not the one the other suites share.
extension PostgresTests {
    /// Reconnecting is stepped by the looks (one per 250 ms tick of the dashboard), none of them waiting for the
    /// server: an attempt spans several looks and gives up at the connect timeout; once the server answers again the
    /// store reconnects and catches up with what another member saved meanwhile.
    @Test func reconnectingToASilentServerSpansLooksThatEachReturnAtOnce() throws {
        let cluster = try PostgresCluster.startOwn()
        defer { cluster.stop() }
        let database = try PostgresTestDatabase("silentreconnect", on: cluster)
        let url = cluster.url(database: database.name)
        try PostgresStore.open(url).commit(user: "setup") { _ in PostgresSample.records.map { .create($0) } }
        // libpq's shortest connect timeout, so that an attempt ends within the test.
        let store = try PostgresStore.open(url + "?connect_timeout=2")
        try Self.endConnections(to: database)
        try PostgresStore.open(url).commit(user: "bob") { _ in [.create(PostgresSample.setting("deadline.labReport", "25"))] }
        // The server's farewell arrives first, its closing at the next look.
        var lost = false
        for _ in 0..<20 where !lost {
            lost = Self.look(store).reason != nil
            if !lost { usleep(100_000) }
        }
        #expect(lost && !store.isConnected)

        try cluster.pause()
        // Opening (the CLI, the dashboard's start) waits for the connection, up to the connect timeout, and says where.
        let atStart = #expect(throws: StoreError.self) { try PostgresStore.open(url + "?connect_timeout=2") }
        #expect(atStart?.kind == .unreachable && atStart?.reason.contains("host 127.0.0.1, port \(cluster.port)") == true)
        var waiting = 0
        var gaveUp: String?
        var slowest = Duration.zero
        // Up to 10 s of ticks: the first attempt starts 1 s after the loss and gives up 2 s later.
        for _ in 0..<40 where gaveUp == nil {
            let (reason, took) = Self.look(store)
            slowest = max(slowest, took)
            if reason?.contains("no answer from the server yet") == true { waiting += 1 }
            if reason?.contains("no answer within 2 s") == true { gaveUp = reason }
            usleep(250_000)
        }
        cluster.resume()
        #expect(gaveUp?.contains("host 127.0.0.1, port \(cluster.port)") == true, "no attempt gave up: \(String(describing: gaveUp))")
        // A connect that waited would have taken one look the whole 2 s; stepped, the 2 s are spread over the looks.
        #expect(waiting >= 3, "the attempt spanned \(waiting) looks")
        #expect(slowest < .seconds(1), "a look took \(slowest)")

        var back = false
        for _ in 0..<60 where !back {
            back = Self.look(store).reason == nil
            if !back { usleep(250_000) }
        }
        #expect(back && store.isConnected, "no reconnection within 15 s of the server answering again")
        #expect(store.data.record(.setting, id: "deadline.labReport") == PostgresSample.setting("deadline.labReport", "25"))
    }

    /// A server that stops answering on an established connection: no FIN, and its kernel acknowledges what is
    /// sent, so only the store's answer timeout ends the wait. The save is refused as offline, the connection given
    /// up; once the server answers again the store reconnects and the same save goes through.
    @Test func aSaveToAServerThatStoppedAnsweringIsRefusedAfterTheAnswerTimeout() throws {
        let cluster = try PostgresCluster.startOwn()
        defer { cluster.stop() }
        let database = try PostgresTestDatabase("silentsave", on: cluster)
        let url = cluster.url(database: database.name)
        let store = try PostgresStore.open(url, answerTimeout: .seconds(1))
        try store.commit(user: "alice") { _ in PostgresSample.records.map { .create($0) } }
        let edit: (PilotData) -> Edit = { _ in PostgresSample.creating([PostgresSample.setting("deadline.labReport", "25")]) }

        try cluster.pause(try Self.backends(of: database))
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: StoreError.self) { try store.commit(user: "alice", edit) }
        let took = clock.now - start
        cluster.resume()
        #expect(error?.kind == .unreachable)
        #expect(error?.reason.contains("did not answer within 1.0 seconds") == true, "\(String(describing: error?.reason))")
        #expect(took < .seconds(3), "the save waited \(took)")
        #expect(!store.isConnected)

        var back = false
        for _ in 0..<40 where !back {
            back = Self.look(store).reason == nil
            if !back { usleep(250_000) }
        }
        #expect(back, "no reconnection within 10 s of the server answering again")
        try store.commit(user: "alice", edit)
        #expect(
            try PostgresStore.open(url).data.record(.setting, id: "deadline.labReport")
                == PostgresSample.setting("deadline.labReport", "25"))
    }

    /// One look of the dashboard's tick: why it failed (nil: it did not) and how long it took.
    static func look(_ store: PostgresStore) -> (reason: String?, took: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try store.refresh(wait: false)
            return (nil, clock.now - start)
        } catch {
            return (error.reason, clock.now - start)
        }
    }

    /// The server processes serving `database`'s connections (but the one asking).
    static func backends(of database: PostgresTestDatabase) throws -> [pid_t] {
        let admin = try PostgresConnection(database.cluster.url(database: "postgres"))
        return try admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database.name]
        ).rows.compactMap { $0.first.flatMap { $0.flatMap { pid_t($0) } } }
    }

    /// Ends every connection to `database`, as a server restart would, waiting until each has gone.
    static func endConnections(to database: PostgresTestDatabase) throws {
        let admin = try PostgresConnection(database.cluster.url(database: "postgres"))
        try admin.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database.name])
    }
}

extension PostgresTests {
    /// The real dashboard in tmux, its connection lost and the server then silent: while it reconnects (the first
    /// attempt starts a second after the loss and waits up to the 5 s connect timeout) every key moves the selection
    /// at once; once the server answers again it reconnects by itself.
    @Test func aDashboardInTmuxAnswersKeysWhileReconnectingToASilentServer() throws {
        let cluster = try PostgresCluster.startOwn()
        defer { cluster.stop() }
        let demo = try PostgresDashboard("silenttmux", on: cluster)
        let alice = try TmuxDashboard(user: "alice", store: demo.url)
        try alice.waitFor("Products", "P14")
        try demo.dropConnections()
        try alice.waitFor("offline")
        // The loss's notice, shown over the screen when the status line cuts it, goes with the first key.
        try alice.keys("Down")
        usleep(300_000)

        try cluster.pause()
        let clock = ContinuousClock()
        let start = clock.now
        var slowest = Duration.zero
        var moves = 0
        // Keys 0.4 s apart, so the dashboard's 250 ms ticks (and reconnection steps) run between them, for 8 s.
        while clock.now - start < .seconds(8) {
            let before = alice.selectedRow()
            try alice.keys(before == "P14" ? "Up" : "Down")
            let pressed = clock.now
            while alice.selectedRow() == before && clock.now - pressed < .seconds(6) { usleep(10_000) }
            slowest = max(slowest, clock.now - pressed)
            moves += 1
            usleep(400_000)
        }
        cluster.resume()
        #expect(moves >= 8 && slowest < .seconds(1), "\(moves) keys, the slowest answered after \(slowest)")
        #expect(alice.screen().contains("offline"))
        try alice.waitFor("connected again: postgresql://")
        try alice.keys("q")
        try alice.waitFor("EXIT=0")
    }
}
