import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// Bad input gets a clear error naming the file and the place, and nothing is written.
@Suite struct CorruptionTests {
    func expectUnreadable(_ dir: TempDir, file: String, _ contains: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        let snapshot = dir.bytes("store.json")
        let journal = dir.bytes("journal.jsonl")
        do {
            _ = try DirectoryStore.open(dir.path)
            Issue.record("opened a damaged store", sourceLocation: sourceLocation)
        } catch {
            #expect(error.kind == .unreadable || error.kind == .tampered, sourceLocation: sourceLocation)
            #expect(error.file?.hasSuffix(file) == true, "\(error)", sourceLocation: sourceLocation)
            #expect(error.position != nil, "\(error)", sourceLocation: sourceLocation)
            if !contains.isEmpty { #expect(error.description.contains(contains), "\(error)", sourceLocation: sourceLocation) }
        }
        #expect(dir.bytes("store.json") == snapshot && dir.bytes("journal.jsonl") == journal, sourceLocation: sourceLocation)
    }

    @Test func everyTruncationOfTheSnapshotIsRefused() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let full = dir.bytes("store.json")
        var refused = 0
        for length in 0..<full.count {
            dir.write("store.json", Array(full[0..<length]))
            do {
                _ = try DirectoryStore.open(dir.path)
                Issue.record("a snapshot cut to \(length) of \(full.count) bytes opened")
            } catch {
                #expect(error.kind == .unreadable && error.file?.hasSuffix("store.json") == true)
                refused += 1
            }
            #expect(dir.bytes("store.json").count == length)
        }
        #expect(refused == full.count)
    }

    @Test func syntaxErrorsNameLineAndColumn() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        var text = String(decoding: dir.bytes("store.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"revision\":", with: "\"revision\":,")
        dir.write("store.json", Array(text.utf8))
        expectUnreadable(dir, file: "store.json", "expected a value")
    }

    @Test func wrongTypesNameTheField() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        var text = String(decoding: dir.bytes("store.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"drugProduct\":true", with: "\"drugProduct\":\"yes\"")
        dir.write("store.json", Array(text.utf8))
        expectUnreadable(dir, file: "store.json", "sites[0].drugProduct")
        text = String(decoding: dir.bytes("store.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"drugProduct\":\"yes\"", with: "\"drugProduct\":true")
            .replacingOccurrences(of: "\"2025-03-01\"", with: "\"2025-02-30\"")
        dir.write("store.json", Array(text.utf8))
        expectUnreadable(dir, file: "store.json", "products[0].steps[0].date")
    }

    @Test func invalidUTF8NamesTheByte() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        var bytes = dir.bytes("store.json")
        let at = bytes.firstIndex(of: 0xE4)! // first byte of a Chinese character
        bytes[at] = 0xFF
        dir.write("store.json", bytes)
        expectUnreadable(dir, file: "store.json", "invalid UTF-8")
    }

    /// The snapshot is decoded once, with no syntax scan before it; a damaged byte in a member the decoder skips
    /// (an unknown key) is refused all the same.
    @Test func invalidUTF8InASkippedMemberIsRefused() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        var bytes = dir.bytes("store.json")
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("\"format\"".utf8)) })
        bytes.insert(contentsOf: Array("\"note\" : \"a".utf8) + [0xFF] + Array("b\",\n  ".utf8), at: at)
        dir.write("store.json", bytes)
        expectUnreadable(dir, file: "store.json", "invalid UTF-8")
    }

    @Test func newerSchemaIsRefusedOlderIsMigratedAfterABackup() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        let original = String(decoding: dir.bytes("store.json"), as: UTF8.self)
        dir.write("store.json", Array(original.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":2").utf8))
        expectUnreadable(dir, file: "store.json", "newer")

        // An older schema: version 1 files as seen by a biopilot whose schema is 2, where 2 renamed a field.
        let v1 = original.replacingOccurrences(of: "\"address\"", with: "\"addr\"")
        dir.write("store.json", Array(v1.utf8))
        let migrator = SchemaMigrator(
            current: 2,
            steps: [
                1: { object in
                    guard var sites = object["sites"] as? [[String: Any]] else { return }
                    for i in sites.indices { sites[i]["address"] = sites[i].removeValue(forKey: "addr") }
                    object["sites"] = sites
                }
            ])
        let store = try DirectoryStore.open(dir.path, migrator: migrator)
        #expect(store.data.sites[id: "S01"]!.address == "上海市浦东新区张江路1288号")
        #expect(dir.bytes("store.json.v1.bak") == Array(v1.utf8))
        let migrated = try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as! [String: Any]
        #expect(migrated["schemaVersion"] as? Int == 2)
    }

    @Test func damagedMiddleJournalLineIsRefusedWithItsLineNumber() throws {
        let dir = TempDir()
        let store = try DirectoryStore.open(
            try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture").files.directory)
        for i in 1...4 { try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-000\(i)", day: i)))] } }
        var lines = dir.bytes("journal.jsonl").split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        // Line 8 (revision 8: five records, then four edits) loses its second half; the lines after it stay.
        lines[7] = Array(lines[7].prefix(lines[7].count / 2))
        dir.write("journal.jsonl", Array(lines.joined(separator: [0x0A])))
        // The store opens read-only with what came before the damaged line, and refuses every edit, naming it.
        let damaged = try DirectoryStore.open(dir.path)
        #expect(damaged.damage?.position?.contains("line 8") == true && damaged.revision == 7)
        let bytes = dir.bytes("journal.jsonl")
        #expect {
            try damaged.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0009", day: 9)))] }
        } throws: { error in
            (error as? StoreError)?.kind == .readOnly && "\(error)".contains("line 8") && "\(error)".contains("doctor --repair")
        }
        #expect(dir.bytes("journal.jsonl") == bytes)
        if case .broken(let error) = try JournalAudit.verify(dir.path) {
            #expect(error.position?.contains("line 8") == true)
        } else {
            Issue.record("verify passed a damaged journal")
        }
    }

    @Test func tamperedLineBreaksTheChain() throws {
        let dir = TempDir()
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        for i in 1...3 { try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-000\(i)", day: i)))] } }
        let original = dir.bytes("journal.jsonl")
        let text = String(decoding: original, as: UTF8.self)
        // Someone edits the date of an old entry in place: same length, valid JSON.
        let tampered = text.replacingOccurrences(of: "\"user\":\"t\"", with: "\"user\":\"x\"")
        dir.write("journal.jsonl", Array(tampered.utf8))
        guard case .broken(let error) = try JournalAudit.verify(dir.path) else {
            Issue.record("tampering not detected")
            return
        }
        #expect(error.kind == .tampered && error.position?.contains("revision 1") == true)
        // The last line alone, too.
        var lines = original.split(separator: 0x0A).map(Array.init)
        lines[lines.count - 1] = Array(
            String(decoding: lines.last!, as: UTF8.self).replacingOccurrences(of: "INS-0003", with: "INS-0009").utf8)
        dir.write("journal.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        guard case .broken(let last) = try JournalAudit.verify(dir.path) else {
            Issue.record("tampering of the last line not detected")
            return
        }
        #expect(last.position?.contains("revision 8") == true)
    }

    @Test func aMissingStoreSaysHowToCreateOne() {
        #expect {
            _ = try DirectoryStore.open("/nonexistent/biopilot-store")
        } throws: { error in
            (error as? StoreError)?.kind == .missing && "\(error)".contains("biopilot init")
        }
    }
}
