import Foundation
import PilotCore
import PilotStore
import Testing

/// The journal as the store hands it out: who, when, what and why per line, one hash chain, a record's history
/// and the newest lines a filter accepts.
extension StoreContractTests {
    func addInspection(_ store: any Store, _ n: Int, user: String = "t") throws {
        try store.commit(user: user) { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
    }

    @Test(arguments: StoreBackend.allCases)
    func aJournalEntryRecordsWhoWhenWhatAndWhy(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let old = try #require(store.data.products[id: "P01"])
        var new = old
        new.name = "改名后的单抗"
        let entries = try store.commit(user: "bob", reason: "更正名称", conflicts: ["I01: 利益冲突"]) { _ in
            [.update(from: .product(old), to: .product(new))]
        }
        let entry = try #require(entries.first)
        #expect(entry.user == "bob" && entry.reason == "更正名称" && entry.conflicts == ["I01: 利益冲突"])
        #expect(entry.action == .update && entry.entity == .product && entry.id == "P01")
        #expect(entry.before == .product(old) && entry.after == .product(new))
        let time = try #require(ISO8601DateFormatter().date(from: entry.time), "\(entry.time)")
        #expect(entry.time.hasSuffix("Z") && abs(time.timeIntervalSinceNow) < 60)
        let account = try backend.expectedAccount()
        #expect(entry.account == account.name && entry.uid == account.uid)
        // Read back as written, by this member and by another.
        #expect(try store.newest(1, filter: JournalLineFilter()) { _ in true } == [entry])
        #expect(try made.open().newest(1, filter: JournalLineFilter()) { _ in true } == [entry])
    }

    /// Each line names the one before it by its hash, from the genesis hash on; the head is the last line's revision
    /// and hash, the same for every member.
    @Test(arguments: StoreBackend.allCases)
    func theLinesFormOneChainEndingAtTheHead(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let other = try made.open()
        for n in 1...3 { try addInspection(n % 2 == 0 ? other : store, n) }
        try store.refresh(until: 8)
        let entries = try store.allEntries()
        #expect(entries.map(\.revision) == Array(1...8))
        #expect(entries.first?.previousHash == JournalEntry.genesisHash)
        let hashes = Set(entries.map(\.previousHash))
        #expect(hashes.count == 8 && !hashes.contains(store.head.hash), "every line's hash is named once, the head's not yet")
        let before = store.head
        let written = try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0009")))] }
        #expect(written.first?.previousHash == before.hash)
        let head = store.head
        try other.refresh(until: 9)
        let reopened = try made.open()
        #expect(head.revision == 9 && other.head == head && reopened.head == head)
    }

    @Test(arguments: StoreBackend.allCases)
    func historyReadsOneRecordNewestFirstAndStopsAtItsCreation(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        for n in 1...3 { try addInspection(store, n) }
        var inspection = try #require(store.data.inspections[id: "INS-0002"])
        for team in [["I01"], []] {
            let before = inspection
            inspection.team = team
            let after = inspection
            try store.commit(user: "t") { _ in [.update(from: .inspection(before), to: .inspection(after))] }
        }
        let history = try store.history(of: .inspection, id: "INS-0002")
        #expect(history.map(\.action) == [.update, .update, .create])
        #expect(history.map(\.revision) == [10, 9, 7])
        #expect(try store.history(of: .inspection, id: "INS-0002", limit: 1).map(\.revision) == [10])
        for n in 10...60 { try addInspection(store, n) }
        let old = try store.history(of: .enterprise, id: "E01")
        #expect(old.map(\.action) == [.create] && old.first?.revision == 1)
        #expect(try store.history(of: .inspection, id: "INS-9999").isEmpty)
        // Another member gives the same histories, from lines found at open, read later and written by it.
        let reader = try made.open()
        try addInspection(store, 61)
        try reader.refresh(until: store.revision)
        try addInspection(reader, 62)
        try store.refresh(until: reader.revision)
        for (kind, id) in [(EntityKind.enterprise, "E01"), (.inspection, "INS-0002"), (.inspection, "INS-0061"), (.inspection, "INS-0062")]
        {
            let mine = try store.history(of: kind, id: id)
            let theirs = try reader.history(of: kind, id: id)
            #expect(!mine.isEmpty && theirs == mine, "\(kind) \(id)")
        }
    }

    /// `log`'s reading: the newest lines a filter admits and the predicate accepts, newest first, at most `limit`.
    @Test(arguments: StoreBackend.allCases)
    func newestFindsTheLinesAFilterAndAPredicateAccept(_ backend: StoreBackend) throws {
        let made = try backend.make()
        let store = try made.open()
        let users = ["carol"] + (0..<40).map { $0 % 2 == 0 ? "alice" : "bob" } + [#"o"brien\x"#, "张三"]
        for (i, user) in users.enumerated() {
            try store.commit(user: user, reason: "edit \(i)") { data in
                var product = data.products[id: "P01"]!
                let old = product
                product.name = "name \(i)"
                return [.update(from: .product(old), to: .product(product))]
            }
        }
        let all = try store.allEntries()
        #expect(all.count == 48 && all.map(\.revision) == Array(1...48))
        #expect(try store.newest(2, filter: JournalLineFilter()) { _ in true }.map(\.revision) == [48, 47])
        for name in ["carol", "alice", #"o"brien\x"#, "张三", "t", try backend.expectedAccount().name] {
            let found = try store.newest(100, filter: JournalLineFilter(user: name)) { $0.user == name || $0.account == name }
            let expected = all.reversed().filter { $0.user == name || $0.account == name }
            #expect(found == expected, "\(name)")
        }
        #expect(try store.newest(5, filter: JournalLineFilter(revision: 3)) { $0.revision == 3 }.map(\.revision) == [3])
        #expect(try store.newest(5, filter: JournalLineFilter(latest: "2000-01-01T00:00:00Z")) { _ in true }.isEmpty)
        let window = JournalLineFilter(earliest: all[10].time, latest: all[10].time)
        #expect(try store.newest(100, filter: window) { $0.time == all[10].time }.contains(all[10]))
        #expect(try store.newest(3, filter: JournalLineFilter(user: "alice")) { $0.user == "alice" }.map(\.revision) == [45, 43, 41])
    }
}
