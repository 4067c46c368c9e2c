import Foundation
import PilotCore
import PilotStore
import PostgresSupport
import Synchronization
import Testing

@testable import PilotPostgres

extension PostgresTests {
    @Test func aTableIsReadInCreationOrderWithTiesByIdWhateverOrderTheServerSendsItIn() throws {
        let database = try PostgresTestDatabase("creationorder")
        let rows = "(3, 'b', '\"x\"'), (1, 'z', '\"y\"'), (3, 'a', '\"w\"'), (10, 'c', '\"v\"'), (3, 'ab', '\"u\"')"
        let array = try database.connect().jsonArrayInCreationOrder("SELECT * FROM (VALUES \(rows)) AS t (created, id, body)")
        #expect(String(decoding: array, as: UTF8.self) == #"["y","w","u","x","v"]"#)
        let none = try database.connect().jsonArrayInCreationOrder("SELECT 1, 'a', 'b' WHERE false")
        #expect(String(decoding: none, as: UTF8.self) == "[]")
    }

    @Test func theChainIsTheDirectoryStoresAndVerifiesThere() throws {
        let database = try PostgresTestDatabase("chain")
        let journal = try database.journal()
        try journal.append(user: "张三", PostgresSample.creating(PostgresSample.records))
        let product = PostgresSample.product("P01", holder: "E01", sites: ["S01"])
        var renamed = product
        renamed.name = "单抗P01（改名）"
        try journal.append(user: "李四", Edit(changes: [.update(from: .product(product), to: .product(renamed))], reason: "更名"))
        try journal.append(user: "李四", Edit(changes: [.delete(.product(PostgresSample.product("P03", holder: "E02", sites: ["S02"])))]))

        // Each stored line carries its own hash, and re-encoding its entry gives back the same bytes.
        let lines = try journal.lines(after: 0)
        #expect(lines.map(\.revision) == Array(1...9))
        var previous = JournalEntry.genesisHash
        var hashes: [String] = []
        for (number, line) in lines {
            let bytes = Array(line.utf8)
            let link = try JournalChain.link(bytes[...], file: "pg", number: number)
            #expect(link.previousHash == previous)
            previous = link.hash
            hashes.append(link.hash)
            let entry = try JournalEntry.decode(line: bytes, file: "pg", position: "\(number)")
            #expect(entry.account == "postgres" && entry.uid == nil)
            #expect(try JournalLine.encode(entry).line == bytes + [0x0A])
        }
        #expect(try journal.head().hash == previous)

        // The same lines as a store directory's journal: it opens, replays to the same records and verifies.
        let directory = NSTemporaryDirectory() + "biopilot-pg-chain-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try DirectoryStore.create(directory, data: PilotData(), user: "test", reason: "empty")
        let text = lines.map { $0.line + "\n" }.joined()
        try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/journal.jsonl")).write(contentsOf: Data(text.utf8))
        let store = try DirectoryStore.open(directory)
        #expect(store.head == JournalHead(revision: 9, hash: previous))
        #expect(store.data == (try journal.records()))
        let anchor = JournalHead(revision: 5, hash: hashes[4])
        #expect(try JournalAudit.verify(directory, anchors: [anchor]) == .intact(entries: 9, head: store.head))
    }

    @Test func aStaleBeforeIsRefusedAndNothingIsWritten() throws {
        let database = try PostgresTestDatabase("stale")
        let alice = try database.journal()
        let bob = try database.journal()
        let v1 = PostgresSample.setting("deadline.labReport", "20")
        try alice.append(user: "alice", Edit(changes: [.create(v1)]))
        let bobSaw = try bob.records().record(.setting, id: "deadline.labReport")
        #expect(bobSaw == v1)
        try alice.append(user: "alice", Edit(changes: [.update(from: v1, to: PostgresSample.setting("deadline.labReport", "25"))]))
        let error = #expect(throws: PostgresError.self) {
            try bob.append(user: "bob", Edit(changes: [.update(from: v1, to: PostgresSample.setting("deadline.labReport", "30"))]))
        }
        #expect(error?.kind == .conflict)
        #expect(error?.message.contains("alice (revision 2, ") == true)
        #expect(error?.messageZh?.contains("在你打开后已被alice (revision 2, ") == true)
        #expect(try bob.head().revision == 2)
        #expect(try bob.records().record(.setting, id: "deadline.labReport") == PostgresSample.setting("deadline.labReport", "25"))
    }

    @Test func twoConnectionsAppendingAtOnceGetGapFreeRevisions() throws {
        let database = try PostgresTestDatabase("concurrent")
        let failures = Mutex<[String]>([])
        let url = database.cluster.url(database: database.name)
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let journal = PostgresJournal(try PostgresConnection(url))
                for n in 0..<25 {
                    try journal.append(user: "writer\(writer)", Edit(changes: [.create(PostgresSample.setting("w\(writer).\(n)", "\(n)"))]))
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let journal = try database.journal()
        let lines = try journal.lines(after: 0)
        #expect(lines.map(\.revision) == Array(1...50))
        var previous = JournalEntry.genesisHash
        for (number, line) in lines {
            let link = try JournalChain.link(Array(line.utf8)[...], file: "pg", number: number)
            #expect(link.previousHash == previous)
            previous = link.hash
        }
        let head = try journal.head()
        #expect(head.revision == 50 && head.hash == previous)
        #expect(try journal.records().settings.count == 50)
    }

    @Test func theJournalIsNeverUpdatedDeletedOrTruncated() throws {
        let database = try PostgresTestDatabase("appendonly", provinces: [PostgresSample.shanghai])
        let owner = try database.connect()
        try PostgresJournal(owner).append(user: "admin", Edit(changes: [.create(PostgresSample.setting("a", "1"))]))
        for statement in [
            "UPDATE biopilot.journal SET reason = 'x'", "DELETE FROM biopilot.journal", "TRUNCATE biopilot.journal",
        ] {
            let error = #expect(throws: PostgresError.self) { try owner.execute(statement) }
            #expect(error?.isPermissionDenied == true)
            #expect(error?.message.contains("append-only") == true)
        }
        // The application's roles lack the privilege in the first place.
        let member = try database.cluster.loginRole("member", granted: [PostgresSchema.provinceRole(PostgresSample.shanghai)])
        let app = try database.connect(as: member)
        for statement in ["UPDATE biopilot.journal SET reason = 'x'", "DELETE FROM biopilot.journal"] {
            let error = #expect(throws: PostgresError.self) { try app.execute(statement) }
            #expect(error?.isPermissionDenied == true)
            #expect(error?.message.contains("permission denied") == true)
        }
        #expect(try PostgresJournal(app).lines(after: 0).count == 1)
    }

    @Test func aLineInAnotherRolesNameIsRefused() throws {
        let database = try PostgresTestDatabase("forged")
        let owner = try database.connect()
        let entry = JournalEntry(
            revision: 1, time: "2026-11-27T00:00:00Z", user: "x", account: "somebody_else", action: .create, entity: .setting, id: "a",
            before: nil, after: PostgresSample.setting("a", "1"), reason: nil, conflicts: nil, previousHash: JournalEntry.genesisHash)
        let encoded = try JournalLine.encode(entry)
        let error = #expect(throws: PostgresError.self) {
            try owner.execute(PostgresStatements.insertLine, [encoded.hash, String(decoding: encoded.line.dropLast(), as: UTF8.self)])
        }
        #expect(error?.message.contains("names account somebody_else") == true)
    }

    @Test func aListenerHearsEachAppendWithinASecond() throws {
        let database = try PostgresTestDatabase("notify")
        let listener = try database.connect()
        try listener.listenForAppends()
        #expect(try listener.nextNotification(timeout: .milliseconds(50)) == nil)
        try database.journal().append(
            user: "alice", PostgresSample.creating([PostgresSample.setting("a", "1"), PostgresSample.setting("b", "2")]))
        let heard = try listener.nextNotification(timeout: .seconds(1))
        #expect(heard == PostgresNotification(channel: "biopilot", payload: "2"))
        #expect(try PostgresJournal(listener).entries(after: 0).map(\.revision) == [1, 2])
    }
}
