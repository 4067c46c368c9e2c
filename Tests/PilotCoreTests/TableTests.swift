import Foundation
import PropertyBased
import Testing

@testable import PilotCore

/// The table keeps insertion order and an id index through any mix of edits, and changing a table another value
/// shares copies one chunk, not every record (issue 15: the dashboard's model shares the data the store edits).
@Suite struct TableTests {
    static func inspector(_ n: Int, _ name: String = "name") -> Inspector {
        Inspector(id: String(format: "I%05d", n), name: name, unit: "unit", provinceCode: "310000")
    }

    @Test func aSharedTableEditedCopiesOneChunk() throws {
        var table = try Table((0..<5000).map { Self.inspector($0) })
        let shared = table
        table.upsert(Self.inspector(2500, "renamed"))
        let mine = table.chunkAddresses
        let theirs = shared.chunkAddresses
        #expect(mine.count == 5)
        #expect(zip(mine, theirs).filter { $0 != $1 }.count == 1, "only the edited record's chunk is copied")
        #expect(shared[id: "I02500"]?.name == "name", "the other value still sees the record as it was")
        #expect(table[id: "I02500"]?.name == "renamed")
        try table.insert(Self.inspector(9999))
        #expect(zip(table.chunkAddresses, theirs).filter { $0 != $1 }.count == 2, "an append copies the last chunk")
        #expect(shared.count == 5000 && table.count == 5001)
    }

    /// Records decoded in chunks (a snapshot's tables, on every core) make the table the records make, keeping the
    /// chunks themselves; chunks of other sizes are sliced anew, and a repeated id is refused either way.
    @Test func aTableFromChunksIsTheTableOfItsRecords() throws {
        let records = (0..<2500).map { Self.inspector($0) }
        let size = Table<Inspector>.chunkSize
        let chunks = stride(from: 0, to: records.count, by: size).map { Array(records[$0..<min($0 + size, records.count)]) }
        let table = try Table(chunks: chunks)
        #expect(table == (try Table(records)))
        #expect(table[id: "I02499"] == records[2499] && table.position(of: "I01024") == 1024)
        #expect(table.chunkAddresses == chunks.map { chunk in chunk.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } })
        let uneven = try Table(chunks: [Array(records[0..<10]), Array(records[10...])])
        #expect(uneven == table)
        #expect(uneven.chunkAddresses.count == 3)
        #expect(throws: Table<Inspector>.DuplicateID(id: "I00003")) { try Table(chunks: [Array(records[0..<5]), [records[3]]]) }
        #expect(throws: Table<Inspector>.DuplicateID(id: "I00007")) { try Table(chunks: [Array(records[0..<size]), [records[7]]]) }
        #expect(try Table<Inspector>(chunks: []).isEmpty)
    }

    /// Against a plain array of records as the model: every order of inserts, upserts and removals across chunk
    /// boundaries (1,100 records to start: two chunks) leaves the same records in the same order, found by id,
    /// and encoded as the same JSON array.
    @Test func editsMatchAPlainArray() async throws {
        let start = (0..<1100).map { Self.inspector($0) }
        let table0 = try Table(start)
        await propertyCheck(count: 30, input: Gen.int(in: 0...3).array(of: 1...300), Gen.int(in: 0...1500).array(of: 300)) { ops, keys in
            var table = table0
            var model = start
            for (op, key) in zip(ops, keys) {
                let record = Self.inspector(key, "v\(op)")
                switch op {
                case 0, 1:
                    table.upsert(record)
                    if let i = model.firstIndex(where: { $0.id == record.id }) { model[i] = record } else { model.append(record) }
                case 2:
                    let removed = table.remove(id: record.id)
                    let i = model.firstIndex { $0.id == record.id }
                    #expect(removed == i.map { model[$0] })
                    if let i { model.remove(at: i) }
                default:
                    #expect(table[id: record.id] == model.first { $0.id == record.id })
                }
            }
            #expect(Array(table) == model)
            #expect(table.count == model.count)
            #expect(model.indices.allSatisfy { table[$0] == model[$0] && table[id: model[$0].id] == model[$0] })
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let encoded = try? encoder.encode(table)
            #expect(encoded == (try? encoder.encode(model)))
            #expect(encoded.flatMap { try? JSONDecoder().decode(Table<Inspector>.self, from: $0) } == table)
        }
    }
}
