import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// store.json encoded on several cores, table by table in runs, is byte for byte what `JSONEncoder` makes of the
/// whole snapshot, whatever the run size, core count or empty tables.
@Suite struct SnapshotEncodingTests {
    func snapshot(_ data: PilotData) -> Snapshot {
        Snapshot(
            schemaVersion: 1, revision: 3, journalBytes: 900, journalLines: 3, journalHead: String(repeating: "ab", count: 32), data: data)
    }

    @Test(arguments: [(1, 7), (4, 7), (4, 1), (2, 100_000)])
    func runsMakeTheBytesOfTheWholeEncoding(cores: Int, runSize: Int) throws {
        var data = StoreGenerator.make(
            GeneratorSize(products: 12, years: 2, provinces: 4), seed: 3, today: Sample.today, reference: bundledReference)
        data.settings.upsert(Setting(id: "deadline.labReport", value: "25", reason: "省局通知 \"A\\B\" / 斜杠"))
        let whole = snapshot(data)
        let expected = Array(try JSONReading.encoder.encode(whole))
        #expect(try SnapshotEncoding.encode(whole, cores: cores, runSize: runSize) == expected)
        #expect(try whole.encoded() == expected)
    }

    @Test func anEmptyStoreEncodesAsBefore() throws {
        let empty = Snapshot(schemaVersion: 1, revision: 0, journalBytes: 0, journalLines: 0, journalHead: "", data: PilotData())
        #expect(try SnapshotEncoding.encode(empty, cores: 4, runSize: 3) == Array(try JSONReading.encoder.encode(empty)))
    }
}
