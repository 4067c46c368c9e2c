import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// `log`'s filters read a line's bytes before decoding it: a filter matching an old entry decodes that entry, not
/// the whole journal, and never rejects a line its decoded entry would match.
@Suite struct JournalLineFilterTests {
    /// 5 fixture lines by "tester", then one by carol (revision 6), then 40 by alice and bob, a quoted name and a
    /// Chinese one.
    static func journal() throws -> TempDir {
        let dir = TempDir()
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "tester", reason: "fixture")
        let users = ["carol"] + (0..<40).map { $0 % 2 == 0 ? "alice" : "bob" } + [#"o"brien\x"#, "张三"]
        for (i, user) in users.enumerated() {
            try store.commit(user: user, reason: "edit \(i)") { data in
                var product = data.products[id: "P01"]!
                let old = product
                product.name = "name \(i)"
                return [.update(from: .product(old), to: .product(product))]
            }
        }
        return dir
    }

    @Test func anOldEntryByUserSkipsTheLinesBetween() throws {
        let dir = try Self.journal()
        let scan = try JournalAudit.scanNewest(5, in: dir.path, filter: JournalLineFilter(user: "carol")) { $0.user == "carol" }
        #expect(scan.entries.map(\.revision) == [6])
        // Carol's line, and the quoted name's (an escaped string is left to the decoder); not the 41 in between.
        #expect(scan.decoded == 2)
    }

    @Test func oneRevisionDecodesOnlyItsLine() throws {
        let dir = try Self.journal()
        let scan = try JournalAudit.scanNewest(1, in: dir.path, filter: JournalLineFilter(revision: 3)) { $0.revision == 3 }
        #expect(scan.entries.map(\.revision) == [3])
        #expect(scan.decoded == 1)
    }

    @Test func unfilteredLimitDecodesLimitLines() throws {
        let dir = try Self.journal()
        let scan = try JournalAudit.scanNewest(2, in: dir.path, filter: JournalLineFilter()) { _ in true }
        #expect(scan.entries.map(\.revision) == [48, 47])
        #expect(scan.decoded == 2)
    }

    @Test func aTimeWindowWithoutEntriesDecodesNothing() throws {
        let dir = try Self.journal()
        let scan = try JournalAudit.scanNewest(5, in: dir.path, filter: JournalLineFilter(latest: "2000-01-01T00:00:00Z")) { _ in true }
        #expect(scan.entries.isEmpty)
        #expect(scan.decoded == 0)
        let all = try JournalAudit.scanNewest(100, in: dir.path, filter: JournalLineFilter(earliest: "2000-01-01T00:00:00Z")) { _ in true }
        #expect(all.entries.count == 48)
    }

    /// Every line whose decoded entry matches is admitted: escaped names are left to the decoder, accounts match.
    @Test func neverRejectsAMatchingLine() throws {
        let dir = try Self.journal()
        let lines = dir.bytes("journal.jsonl").split(separator: 0x0A)
        let entries = try JournalAudit.last(100, in: dir.path).map { try $0.get() }
        #expect(lines.count == 48 && entries.count == 48)
        let account = try #require(entries.last?.account)
        for name in ["carol", "alice", #"o"brien\x"#, "张三", account, "tester"] {
            for (line, entry) in zip(lines, entries) where entry.user == name || entry.account == name {
                #expect(JournalLineFilter(user: name).admits(line), "\(name) rev \(entry.revision)")
            }
            let found = try JournalAudit.newest(100, in: dir.path, filter: JournalLineFilter(user: name)) {
                $0.user == name || $0.account == name
            }
            #expect(found.count == entries.filter { $0.user == name || $0.account == name }.count, "\(name)")
        }
        for (line, entry) in zip(lines, entries) {
            #expect(JournalLineFilter(revision: entry.revision).admits(line))
            #expect(!JournalLineFilter(revision: entry.revision + 1).admits(line))
            #expect(JournalLineFilter(earliest: entry.time, latest: entry.time).admits(line))
        }
    }
}
