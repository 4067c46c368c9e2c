import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// `log --verify` reads bytes and decodes only where bytes disagree: each problem it must find is still found and
/// named (file, line or record), and what only looks different (another encoding of the same values) still passes.
@Suite struct VerifyTests {
    /// A store with creates, updates and a delete, compacted at `compactAt` edits (store.json then mid-journal).
    func store(_ dir: TempDir, compactAt: Int? = nil) throws -> DirectoryStore {
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let store = try DirectoryStore.open(dir.path)
        for n in 1...4 {
            try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
            if n == compactAt { try store.compact() }
        }
        var changed = store.data.inspections[id: "INS-0002"]!
        changed.status = .completed
        let old = AnyRecord.inspection(store.data.inspections[id: "INS-0002"]!)
        try store.commit(user: "t") { _ in [.update(from: old, to: .inspection(changed))] }
        let gone = AnyRecord.inspection(store.data.inspections[id: "INS-0003"]!)
        try store.commit(user: "t") { _ in [.delete(gone)] }
        return store
    }

    /// What `log --verify` finds, the same whether store.json's digest is taken before the walk, after it (the
    /// replay taken back to store.json's revision) or when its read on the other thread is done.
    func broken(_ dir: TempDir, _ anchors: [JournalHead] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> StoreError? {
        let verdict = try JournalAudit.verify(dir.path, anchors: anchors)
        for timing in [JournalVerifier.SnapshotTiming.beforeWalk, .afterWalk] {
            let other = try JournalVerifier.verify(dir.path, anchors: anchors, timing: timing)
            #expect(other == verdict, "\(timing)", sourceLocation: sourceLocation)
        }
        if case .broken(let error) = verdict { return error }
        return nil
    }

    /// The journal's lines without their hashes (bodies), and the journal rebuilt from edited bodies with every hash
    /// and `prev` recomputed: a consistent rewrite, which only the replay (or an anchor) can catch.
    func bodies(_ dir: TempDir) -> [String] {
        dir.bytes("journal.jsonl").split(separator: 0x0A).map { String(decoding: JournalLine.split($0)!.body, as: UTF8.self) }
    }

    func rechain(_ dir: TempDir, _ bodies: [String]) {
        var previous = JournalEntry.genesisHash
        var out: [UInt8] = []
        for body in bodies {
            let linked = body.replacingOccurrences(
                of: #""prev":"[0-9a-f]{64}""#, with: #""prev":"\#(previous)""#, options: .regularExpression)
            let hash = JournalLine.sha256Hex(Array(linked.utf8))
            out += Array(linked.utf8.dropLast()) + Array(#","hash":"\#(hash)"}"#.utf8) + [0x0A]
            previous = hash
        }
        dir.write("journal.jsonl", out)
    }

    @Test func anIntactStoreVerifiesWithAndWithoutAMidJournalSnapshot() throws {
        for compactAt in [nil, 2] {
            let dir = TempDir()
            let store = try store(dir, compactAt: compactAt)
            #expect(try JournalAudit.verify(dir.path) == .intact(entries: store.revision, head: store.head))
        }
    }

    @Test func aPrettyPrintedStoreJSONOfAnEarlierVersionStillMatches() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.compact()
        let object = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json")))
        dir.write("store.json", Array(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])))
        #expect(try JournalAudit.verify(dir.path) == .intact(entries: store.revision, head: store.head))
    }

    @Test func aRecordChangedOrAddedInStoreJSONIsNamed() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.compact()
        let original = String(decoding: dir.bytes("store.json"), as: UTF8.self)
        dir.write("store.json", Array(original.replacingOccurrences(of: "测试单抗", with: "测试单抗X").utf8))
        let changed = try broken(dir)
        #expect(changed?.position == "product P01" && "\(changed!)".contains("differs from what the journal says"))
        #expect(changed?.file?.hasSuffix("store.json") == true)
        var object = try JSONSerialization.jsonObject(with: Data(original.utf8)) as! [String: Any]
        var sites = object["sites"] as! [[String: Any]]
        var copy = sites[0]
        copy["id"] = "S99"
        sites.append(copy)
        object["sites"] = sites
        dir.write("store.json", Array(try JSONSerialization.data(withJSONObject: object)))
        let added = try broken(dir)
        #expect(added?.position == "site S99" && "\(added!)".contains("no journal entry created it"))
    }

    @Test func aRepeatedIdInStoreJSONIsTheDecodersError() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.compact()
        var object = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        let sites = object["sites"] as! [[String: Any]]
        object["sites"] = sites + sites
        dir.write("store.json", Array(try JSONSerialization.data(withJSONObject: object)))
        let error = try broken(dir)
        #expect(error?.kind == .unreadable && "\(error!)".contains("duplicate id"), "\(String(describing: error))")
    }

    @Test func aSnapshotAheadOfTheJournalOrATornTailIsNamed() throws {
        let dir = TempDir()
        let store = try store(dir)
        try store.compact()
        let journal = dir.bytes("journal.jsonl")
        var lines = journal.split(separator: 0x0A).map(Array.init)
        lines.removeLast()
        dir.write("journal.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        let ahead = try broken(dir)
        #expect(
            ahead?.position == "revision" && "\(ahead!)".contains("journal ends at revision \(store.revision - 1)"),
            "\(String(describing: ahead))")
        dir.write("journal.jsonl", journal + Array(#"{"rev":"#.utf8))
        let torn = try broken(dir)
        #expect(torn?.position == "line \(store.revision + 1)" && "\(torn!)".contains("incomplete last line"))
    }

    @Test func aConsistentRewriteOfABeforeStateIsCaughtByTheReplay() throws {
        let dir = TempDir()
        _ = try store(dir)
        var lines = bodies(dir)
        // The update claims INS-0002 had a reason before: the chain is recomputed, the replay disagrees.
        let n = try #require(lines.firstIndex { $0.contains(#""action":"update""#) })
        lines[n] = lines[n].replacingOccurrences(of: #""before":{"#, with: #""before":{"reason":"forged","#)
        rechain(dir, lines)
        let error = try broken(dir)
        #expect(
            error?.position == "line \(n + 1) (revision \(n + 1))" && "\(error!)".contains("does not match the entry's before-state"),
            "\(String(describing: error))")
    }

    @Test func anAfterStateOfAnotherRecordIsCaught() throws {
        let dir = TempDir()
        _ = try store(dir)
        var lines = bodies(dir)
        // The entry says INS-0009, the record it writes is INS-0001.
        let n = try #require(lines.firstIndex { $0.contains(#""entity":"inspection","id":"INS-0001""#) })
        lines[n] = lines[n].replacingOccurrences(
            of: #""entity":"inspection","id":"INS-0001""#, with: #""entity":"inspection","id":"INS-0009""#)
        rechain(dir, lines)
        let error = try broken(dir)
        #expect(
            error?.position == "line \(n + 1) (revision \(n + 1))" && "\(error!)".contains("after-state is a different record"),
            "\(String(describing: error))")
    }

    @Test func theSameValuesInOtherBytesStillVerify() throws {
        let dir = TempDir()
        let store = try store(dir)
        var lines = bodies(dir)
        // Spaces inside a before-state and an escaped user name: other bytes, the same decoded entry.
        let n = try #require(lines.firstIndex { $0.contains(#""action":"update""#) })
        lines[n] = lines[n].replacingOccurrences(of: #""before":{"#, with: #""before":{ "#)
        lines[n + 1] = lines[n + 1].replacingOccurrences(of: #""user":"t""#, with: #""user":"\u0074""#)
        #expect(lines[n].contains(#"{ ""#) && lines[n + 1].contains(#"\u0074"#))
        rechain(dir, lines)
        guard case .intact(let entries, let head) = try JournalAudit.verify(dir.path) else {
            Issue.record("other bytes of the same values were refused: \(String(describing: try broken(dir)))")
            return
        }
        #expect(entries == store.revision && head.revision == store.head.revision && head.hash != store.head.hash)
    }

    @Test func aLineThatIsNotJSONIsTheDecodersError() throws {
        let dir = TempDir()
        _ = try store(dir)
        var lines = bodies(dir)
        lines[2] = lines[2].replacingOccurrences(of: #""action":"create""#, with: #""action":create"#)
        #expect(lines[2].contains(#""action":create"#))
        rechain(dir, lines)
        let error = try broken(dir)
        #expect(error?.kind == .unreadable && error?.position?.hasPrefix("line 3") == true, "\(String(describing: error))")
    }
}
