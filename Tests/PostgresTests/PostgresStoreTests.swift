import Foundation
import PilotCore
import PilotStore
import PostgresSupport
import Testing

@testable import PilotPostgres

extension PostgresTests {
    @Test func aStoreReopensWithTheSameDataInTheOrderItWasCreated() throws {
        let database = try PostgresTestDatabase("reopen")
        let url = database.cluster.url(database: database.name)
        let store = try PostgresStore.open(url)
        #expect(store.revision == 0 && store.head.hash == JournalEntry.genesisHash)
        // Created out of id order: both backends keep the order of creation.
        let records = PostgresSample.records.reversed() + [PostgresSample.inspection("I02", product: "P01", site: "S01")]
        try store.commit(user: "张三", reason: "建档") { _ in records.map { .create($0) } }
        let reopened = try PostgresStore.open(url)
        #expect(reopened.data == store.data)
        #expect(reopened.data.enterprises.map(\.id) == ["E02", "E01"])
        #expect(reopened.head == store.head)
        #expect(reopened.location.hasPrefix("postgresql://") && reopened.location.hasSuffix("/" + database.name))
    }

    @Test func anotherMembersEditArrivesByNotificationWithoutReadingTheTable() throws {
        let database = try PostgresTestDatabase("follow")
        let url = database.cluster.url(database: database.name)
        let alice = try PostgresStore.open(url)
        let bob = try PostgresStore.open(url)
        try alice.commit(user: "alice") { _ in PostgresSample.records.map { .create($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        while bob.revision < alice.revision && clock.now - start < .seconds(1) {
            try bob.refresh(wait: false)
            if bob.revision < alice.revision { usleep(10_000) }
        }
        #expect(bob.revision == alice.revision)
        #expect(bob.data == alice.data)
        #expect(bob.caughtUp.count == PostgresSample.records.count)
        #expect(bob.head == alice.head)
    }

    @Test func aCommitAfterAnotherMembersEditSeesItFirstAndAStaleChangeIsAConflict() throws {
        let database = try PostgresTestDatabase("stalestore")
        let url = database.cluster.url(database: database.name)
        let alice = try PostgresStore.open(url)
        let bob = try PostgresStore.open(url)
        let v1 = PostgresSample.setting("deadline.labReport", "20")
        try alice.commit(user: "alice") { _ in [.create(v1)] }
        // Bob has not looked: his commit catches up under the head lock, so `build` sees Alice's setting.
        var seen: AnyRecord?
        try bob.commit(user: "bob") { data in
            seen = data.record(.setting, id: "deadline.labReport")
            return []
        }
        #expect(seen == v1)
        try alice.commit(user: "alice") { _ in [.update(from: v1, to: PostgresSample.setting("deadline.labReport", "25"))] }
        let error = #expect(throws: StoreError.self) {
            try bob.commit(user: "bob") { _ in [.update(from: v1, to: PostgresSample.setting("deadline.labReport", "30"))] }
        }
        #expect(error?.kind == .conflict)
        #expect(error?.reason.contains("alice") == true)
        #expect(bob.data.record(.setting, id: "deadline.labReport") == PostgresSample.setting("deadline.labReport", "25"))
    }

    @Test func anUnreachableServerAtOpenNamesHostAndPort() throws {
        let port = try PostgresCluster.freePort()
        let error = #expect(throws: StoreError.self) { try PostgresStore.open("postgresql://nobody@127.0.0.1:\(port)/biopilot") }
        #expect(error?.kind == .unreachable)
        #expect(error?.reason.contains("host 127.0.0.1, port \(port)") == true)
    }

    @Test func aDatabaseWithoutTheSchemaSaysHowToMakeOne() throws {
        let cluster = try PostgresCluster.get()
        let name = try cluster.database("bare")
        let error = #expect(throws: StoreError.self) { try PostgresStore.open(cluster.url(database: name)) }
        #expect(error?.kind == .missing)
        #expect(error?.reason.contains("biopilot pg init") == true)
    }

    @Test func theDatabaseRefusesALineThatDoesNotContinueTheChain() throws {
        let database = try PostgresTestDatabase("chainguard")
        let journal = try database.journal()
        try journal.append(user: "alice", PostgresSample.creating(Array(PostgresSample.records.prefix(1))))
        let line = try journal.lines(after: 0)[0].line
        // The same line again as revision 2: it does not name revision 1's hash as its previous one.
        let copy = line.replacingOccurrences(of: #""rev":1"#, with: #""rev":2"#)
        let error = #expect(throws: PostgresError.self) {
            try journal.connection.execute(
                "INSERT INTO biopilot.journal (revision, time, display_name, action, previous_hash, hash, line) VALUES (2, now(), 'x', 'create', $1, $2, $3)",
                [JournalEntry.genesisHash, String(repeating: "a", count: 64), copy])
        }
        #expect(error?.sqlState == "23514")
    }
}
