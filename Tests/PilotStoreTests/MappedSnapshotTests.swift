import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// A big store.json is mapped into memory rather than read (`FileIO.readMapped`, `MappedFile`): it opens to the
/// same data as when read, and a damaged one is refused with the same message.
@Suite struct MappedSnapshotTests {
    /// A store whose store.json is big enough to be mapped.
    static func bigStore() throws -> (TempDir, PilotData) {
        let data = StoreGenerator.make(
            GeneratorSize(products: 40, years: 2, provinces: 4), seed: 7, today: Sample.today, reference: bundledReference)
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: data, user: "t", reason: "fixture")
        return (dir, data)
    }

    @Test func aBigFileIsMappedASmallOneRead() throws {
        let (dir, _) = try Self.bigStore()
        let path = dir.path + "/store.json"
        #expect(dir.bytes("store.json").count >= BackgroundRelease.minimumBytes)
        guard case .mapped(let file) = try #require(try FileIO.readMapped(path)) else {
            Issue.record("store.json of \(dir.bytes("store.json").count) bytes was read, not mapped")
            return
        }
        #expect(Array(file.bytes) == dir.bytes("store.json"))
        dir.write("small.json", Array(#"{"a":1}"#.utf8))
        guard case .array(let small) = try #require(try FileIO.readMapped(dir.path + "/small.json")) else {
            Issue.record("a small file was mapped")
            return
        }
        #expect(small == Array(#"{"a":1}"#.utf8))
        dir.write("empty.json", [])
        #expect(try FileIO.readMapped(dir.path + "/empty.json")?.count == 0)
        #expect(try FileIO.readMapped(dir.path + "/absent.json") == nil)
    }

    @Test func aMappedSnapshotOpensToTheDataItWasMadeFrom() throws {
        let (dir, data) = try Self.bigStore()
        let store = try DirectoryStore.open(dir.path)
        #expect(store.data == data)
        #expect(store.damage == nil)
    }

    /// The store still opens when store.json is replaced (as a compaction does) while an earlier open's mapping
    /// of it is alive: the mapping keeps the file it was made from.
    @Test func aMappingOutlivesTheFileBeingReplaced() throws {
        let (dir, _) = try Self.bigStore()
        let path = dir.path + "/store.json"
        let before = try #require(try FileIO.readMapped(path))
        let original = dir.bytes("store.json")
        try FileIO.replace(path, with: Array(#"{"replaced":true}"#.utf8))
        #expect(before.array == original)
    }

    /// A damaged byte deep in a mapped store.json: refused with the message the same bytes give when read.
    @Test func aDamagedMappedSnapshotGivesTheMessageOfTheReadOne() throws {
        let (dir, _) = try Self.bigStore()
        var bytes = dir.bytes("store.json")
        let at = bytes.count * 3 / 4
        bytes[at] = 0x00
        dir.write("store.json", bytes)
        let read: StoreError
        do {
            _ = try JSONReading.decode(Snapshot.self, from: bytes, file: dir.path + "/store.json")
            Issue.record("the damaged snapshot decoded")
            return
        } catch {
            read = error
        }
        do {
            _ = try DirectoryStore.open(dir.path)
            Issue.record("the damaged store opened")
        } catch {
            #expect(error.description == read.description)
            #expect(error.description.contains("store.json"))
        }
    }
}
