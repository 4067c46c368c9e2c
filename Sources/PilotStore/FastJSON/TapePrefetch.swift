import Dispatch
import Foundation
import PilotCore
import Synchronization

/// Decodes the big arrays of a document (a snapshot's tables) on every core, in runs of elements, before the
/// sequential decode reaches them; the sequential decode then takes each whole table (`JSONTape.takePrefetched`)
/// instead of decoding it. The elements go through their own `init(from:)` on a `TapeDecoder`, so the result is
/// the one the sequential decode would have produced. A run that fails leaves its array to the sequential decode,
/// which then fails the same way and hands the document to Foundation for the message.
///
/// Runs are whole chunks of a `Table` (`Table.chunkSize` records) and are decoded into chunks, which the table
/// then keeps as they are: joining runs and slicing them into chunks copied every record twice.

struct TapePrefetch: Sendable {
    /// An array member of the top-level object and how to decode its elements.
    struct Member: Sendable {
        let key: String
        /// Every run but the last holds a multiple of this many elements.
        let alignment: Int
        /// Decodes the elements at these words: their chunks, an `[[Element]]`.
        let decode: @Sendable (JSONTape, ArraySlice<Int>) throws -> any Sendable
        /// Joins the runs' chunks, in order, into the member's value (nil if one is missing or the join refuses),
        /// freeing each run as it goes.
        let join: @Sendable (inout [(any Sendable)?]) -> (any Sendable)?
    }

    let members: [Member]

    /// A table of the top-level object: decoded into a `Table<Element>`, which `PilotData.init(from:)` takes. Each
    /// record through its `init(from:)`.
    static func table<Element: Identified & Hashable & Sendable & Codable>(_ key: String, _ type: Element.Type) -> Member {
        table(key, type) { tape, e in try tape.decode(Element.self, e) }
    }

    /// A table whose records are read straight from the tape (`TapeDecodable`), which answers as `init(from:)`
    /// would; a record it refuses fails the run, and the sequential decode then judges it through `init(from:)`.
    static func table<Element: Identified & Hashable & Sendable & Codable & TapeDecodable>(_ key: String, _ type: Element.Type) -> Member {
        table(key, type) { tape, e in try Element(tape: tape, at: e) }
    }

    private static func table<Element: Identified & Hashable & Sendable & Codable>(
        _ key: String, _ type: Element.Type, record: @escaping @Sendable (JSONTape, Int) throws -> Element
    ) -> Member {
        let size = Table<Element>.chunkSize
        return Member(
            key: key, alignment: size,
            decode: { tape, elements in
                var chunks: [[Element]] = []
                chunks.reserveCapacity(elements.count / size + 1)
                var chunk: [Element] = []
                // The ids as the records are made, for the table's index (`Table(chunks:ids:)`).
                var ids: [String] = []
                ids.reserveCapacity(elements.count)
                for e in elements {
                    if chunk.isEmpty { chunk.reserveCapacity(size) }
                    let element = try record(tape, e)
                    ids.append(element.id)
                    // Moved, not copied: this generic code copied the record (retaining each of its strings)
                    // and then destroyed the original.
                    chunk.append(consume element)
                    if chunk.count == size {
                        chunks.append(chunk)
                        chunk = []
                    }
                }
                if !chunk.isEmpty { chunks.append(chunk) }
                return Run(chunks: chunks, ids: ids)
            },
            join: { runs in
                var all: [[Element]] = []
                var ids: [String] = []
                for k in runs.indices {
                    guard let run = runs[k] as? Run<Element> else { return nil }
                    all.append(contentsOf: run.chunks)
                    ids.append(contentsOf: run.ids)
                    runs[k] = nil
                }
                // A duplicate id: the sequential decode finds it too and says so.
                return try? Table(chunks: all, ids: ids)
            })
    }

    /// A run of a table's records, in chunks, and their ids in the same order.
    private struct Run<Element: Sendable>: Sendable {
        let chunks: [[Element]]
        let ids: [String]
    }

    /// The runs' results, by run, written by the worker threads, until the last run of their array is done.
    private final class Results: Sendable {
        private struct State {
            var runs: [(any Sendable)?]
            /// Each array's runs not yet done.
            var left: [Int]
        }
        private let state: Mutex<State>
        /// Each array's runs (they follow one another).
        private let ranges: [Range<Int>]

        init(runs: Int, ranges: [Range<Int>]) {
            state = Mutex(State(runs: Array(repeating: nil, count: runs), left: ranges.map(\.count)))
            self.ranges = ranges
        }

        /// Keeps run `k`'s result (nil when it failed); when it was the last of its array's runs to be done, hands
        /// over the array's results, in order.
        func finish(_ k: Int, of array: Int, _ result: (any Sendable)?) -> [(any Sendable)?]? {
            state.withLock { state in
                state.runs[k] = result
                state.left[array] -= 1
                guard state.left[array] == 0 else { return nil }
                let range = ranges[array]
                defer { for i in range { state.runs[i] = nil } }
                return Array(state.runs[range])
            }
        }
    }

    /// Decodes the members found in the tape's top-level object and leaves them in the tape. Does nothing on one
    /// core, where the sequential decode is as fast.
    func run(_ tape: JSONTape, cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        guard cores > 1, let root = tape.words.first, JSONTape.kind(root) == JSONTape.Kind.object.rawValue else { return }
        // Runs of about an eighth of a core's share of the words: small enough to even out, big enough to be cheap.
        let runWords = max(4096, tape.words.count / (cores * 8))
        var runs: [(member: Int, elements: ArraySlice<Int>)] = []
        var arrays: [(member: Int, word: Int, runs: Range<Int>)] = []
        for (m, member) in members.enumerated() {
            var name = member.key
            guard let word = name.withUTF8({ tape.find($0, from: 1, to: tape.next(0)) }),
                JSONTape.kind(tape.words[word]) == JSONTape.Kind.array.rawValue
            else { continue }
            var elements: [Int] = []
            elements.reserveCapacity(JSONTape.members(tape.words[word]))
            var e = word + 1
            let end = tape.next(word)
            while e < end {
                elements.append(e)
                e = tape.next(e)
            }
            let first = runs.count
            var start = 0
            for i in elements.indices
            where i == elements.count - 1 || (elements[i + 1] - elements[start] >= runWords && (i + 1) % member.alignment == 0) {
                runs.append((m, elements[start...i]))
                start = i + 1
            }
            arrays.append((m, word, first..<runs.count))
        }
        guard !runs.isEmpty else { return }
        // The biggest array's runs first, and each array joined (its ids indexed) by the thread that decodes its
        // last run, while the other threads decode the next arrays' runs: joined after all the runs, the
        // samplings' index ran alone on one core at the end of the open, the other core idle.
        arrays.sort { JSONTape.members(tape.words[$0.word]) > JSONTape.members(tape.words[$1.word]) }
        var work: [(array: Int, elements: ArraySlice<Int>)] = []
        var ranges: [Range<Int>] = []
        for (a, array) in arrays.enumerated() {
            let first = work.count
            work += runs[array.runs].map { (a, $0.elements) }
            ranges.append(first..<work.count)
        }
        let results = Results(runs: work.count, ranges: ranges)
        let order = work
        let tables = arrays
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let run = order[k]
            let table = tables[run.array]
            let decoded = try? members[table.member].decode(tape, run.elements)
            guard var done = results.finish(k, of: run.array, decoded) else { return }
            if let value = members[table.member].join(&done) { tape.storePrefetched(value, at: table.word) }
        }
    }
}
