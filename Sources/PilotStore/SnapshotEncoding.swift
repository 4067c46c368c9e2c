import Dispatch
import Foundation
import PilotCore
import Synchronization

/// store.json's bytes made on every core: each table's records are encoded in runs at once, then put in the place
/// `JSONEncoder` gives that table in the snapshot with its tables empty. The bytes are the ones `JSONEncoder` makes
/// of the whole snapshot (same encoder, same key order), in a fraction of the time on a national store, where
/// encoding was nearly all of a compaction.
enum SnapshotEncoding {
    /// Records per run: big enough that a run's set-up is nothing, small enough that the cores finish together.
    static let runSize = 8192

    static func encode(
        _ snapshot: Snapshot, cores: Int = ProcessInfo.processInfo.activeProcessorCount, runSize: Int = runSize
    ) throws -> [UInt8] {
        var skeleton = snapshot
        skeleton.data = PilotData()
        let frame = Array(try JSONReading.encoder.encode(skeleton))
        let data = snapshot.data
        func runs<R>(_ table: Table<R>) -> [Run] { SnapshotEncoding.runs(table, size: runSize) }
        let tables: [(key: String, runs: [Run])] = [
            ("enterprises", runs(data.enterprises)), ("sites", runs(data.sites)), ("products", runs(data.products)),
            ("residentStaff", runs(data.residentStaff)), ("inspectors", runs(data.inspectors)),
            ("inspections", runs(data.inspections)), ("samplings", runs(data.samplings)), ("settings", runs(data.settings)),
            ("measures", runs(data.measures)),
        ]
        let all = tables.flatMap(\.runs)
        let results = Results(count: all.count)
        if cores > 1 && all.count > 1 {
            DispatchQueue.concurrentPerform(iterations: all.count) { k in results.set(k, Result { try all[k].encode() }) }
        } else {
            for k in all.indices { results.set(k, Result { try all[k].encode() }) }
        }
        var encoded = try results.take().map { try $0.get() }
        // The tables in the frame's own order, each `"key":[]` filled with its runs' elements.
        var out: [UInt8] = []
        out.reserveCapacity(frame.count + encoded.reduce(0) { $0 + $1.count })
        var placed = 0
        var first = 0
        var places: [(at: Int, runs: Range<Int>)] = []
        for table in tables {
            let empty = Array("\"\(table.key)\":[]".utf8)
            guard let at = ByteSearch.end(of: empty, in: frame[...]) else {
                throw SnapshotEncodingError(reason: "no \(table.key) in the snapshot's frame")
            }
            places.append((at - 1, first..<(first + table.runs.count)))
            first += table.runs.count
        }
        for place in places.sorted(by: { $0.at < $1.at }) {
            out.append(contentsOf: frame[placed..<place.at])
            var separate = false
            for k in place.runs {
                // A run is `[...]`: its elements are what lies between the brackets.
                let run = encoded[k]
                guard run.count > 2 else { continue }
                if separate { out.append(0x2C) }
                out.append(contentsOf: run[1..<(run.count - 1)])
                separate = true
                encoded[k] = []
            }
            placed = place.at
        }
        out.append(contentsOf: frame[placed...])
        return out
    }

    /// Some records of one table, encoded as a JSON array.
    struct Run: Sendable {
        let encode: @Sendable () throws -> [UInt8]
    }

    private static func runs<R>(_ table: Table<R>, size: Int) -> [Run] {
        stride(from: 0, to: table.count, by: size).map { start in
            let range = start..<min(start + size, table.count)
            return Run { Array(try JSONReading.encoder.encode(TableRun(table: table, range: range))) }
        }
    }

    /// Records `range` of a table as an array.
    private struct TableRun<R: Encodable & Identified & Hashable & Sendable & Codable>: Encodable {
        let table: Table<R>
        let range: Range<Int>

        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            for i in range { try c.encode(table[i]) }
        }
    }

    private final class Results: Sendable {
        private let slots: Mutex<[Result<[UInt8], any Error>?]>

        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        func set(_ k: Int, _ result: Result<[UInt8], any Error>) { slots.withLock { $0[k] = result } }

        func take() -> [Result<[UInt8], any Error>] {
            slots.withLock { slots in
                defer { slots = [] }
                return slots.enumerated().map { k, slot in
                    slot ?? .failure(SnapshotEncodingError(reason: "run \(k) of the snapshot's records was not encoded"))
                }
            }
        }
    }
}

struct SnapshotEncodingError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
