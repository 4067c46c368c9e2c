import Foundation
import Glibc
import PropertyBased
import Testing

@testable import PilotStore

@Suite struct JournalStreamTests {
    /// Lines longer than the 64 KiB blocks read backwards come back whole, in order, without the torn tail.
    @Test func lastLinesSpanBlocksAndDropATornTail() throws {
        let dir = TempDir()
        let lines: [[UInt8]] = [Array(repeating: 0x61, count: 150_000), [0x62], Array(repeating: 0x63, count: 70_000), []]
        dir.write("j", lines.flatMap { $0 + [0x0A] } + Array("torn".utf8))
        let fd = open(dir.path + "/j", O_RDONLY)
        defer { close(fd) }
        let read = try JournalStream.lastLines(fd, path: "j", count: 10)
        #expect(read.map(\.line) == lines)
        #expect(read.map(\.offset) == [0, 150_001, 150_003, 220_004])
        #expect(try JournalStream.lastLines(fd, path: "j", count: 2, before: 150_003).map(\.line) == Array(lines[0..<2]))
        #expect(ByteSearch.lastIndex(of: 0x0A, in: [1, 0x0A, 2, 0x0A, 3][1..<3]) == 1)
        #expect(ByteSearch.lastIndex(of: 0x0A, in: [1, 2][...]) == nil)
    }

    /// Every line, with its offset and the ending, as `forEachLine` reads them: across the 1 MiB buffer, with a
    /// line longer than the buffer, a torn tail, a start and an end inside lines, and a stop.
    @Test func forEachLineHandsOutEveryLineInPlace() throws {
        let dir = TempDir()
        let lengths = [0, 5, JournalStream.chunkSize - 3, 2, JournalStream.chunkSize * 2 + 7, 1, 300_000, 0]
        let lines = lengths.enumerated().map { k, n in [UInt8](repeating: UInt8(0x61 + k), count: n) }
        let torn = Array("torn".utf8)
        let bytes = lines.flatMap { $0 + [0x0A] } + torn
        dir.write("j", bytes)
        let fd = open(dir.path + "/j", O_RDONLY)
        defer { close(fd) }
        /// The lines a plain split finds between `from` and `to`: each complete one, its offset; then the rest.
        func expected(from: Int, to: Int) -> (lines: [([UInt8], Int)], ending: JournalStream.Ending) {
            var found: [([UInt8], Int)] = []
            var start = from
            for i in from..<to where bytes[i] == 0x0A {
                found.append((Array(bytes[start..<i]), start))
                start = i + 1
            }
            return (found, JournalStream.Ending(completeBytes: start, tail: Array(bytes[start..<to])))
        }
        for (from, to) in [(0, bytes.count), (3, bytes.count - 2), (0, JournalStream.chunkSize + 1), (7, 7)] {
            var read: [([UInt8], Int)] = []
            let ending = try JournalStream.forEachLine(fd, path: "j", from: from, to: to) { line, offset in
                read.append((Array(line), offset))
                return true
            }
            let want = expected(from: from, to: to)
            #expect(read.map(\.0) == want.lines.map(\.0), "from \(from) to \(to)")
            #expect(read.map(\.1) == want.lines.map(\.1), "from \(from) to \(to)")
            #expect(ending.completeBytes == want.ending.completeBytes && ending.tail == want.ending.tail, "from \(from) to \(to)")
        }
        var seen = 0
        let stopped = try JournalStream.forEachLine(fd, path: "j") { _, _ in
            seen += 1
            return seen < 5
        }
        #expect(seen == 5)
        #expect(stopped.completeBytes == lengths[0..<5].reduce(0) { $0 + $1 + 1 } && stopped.tail.isEmpty)
    }

    /// The last occurrence, as a plain search from the end finds it, in slices that start anywhere.
    @Test func lastEndFindsTheLastOccurrence() async {
        let alphabet: [UInt8] = Array(#""prev:x"#.utf8)
        let bytes = Gen<UInt8?>.element(of: alphabet).map { $0! }
        await propertyCheck(count: 500, input: bytes.array(of: 0...80), bytes.array(of: 1...7), Gen.int(in: 0...9)) { hay, needle, cut in
            let slice = hay[min(cut, hay.count)...]
            var plain: Int?
            if slice.count >= needle.count {
                for start in stride(from: slice.endIndex - needle.count, through: slice.startIndex, by: -1)
                where slice[start..<(start + needle.count)].elementsEqual(needle) {
                    plain = start + needle.count
                    break
                }
            }
            #expect(ByteSearch.lastEnd(of: needle, in: slice) == plain, "\(needle) in \(Array(slice))")
        }
        let line = Array(#"{"after":{"prev":"x"},"prev":"abc","reason":"a \"rev\":1","rev":12,"hash":"h"}"#.utf8)
        #expect(ByteSearch.lastEnd(of: JournalChain.previousKey, in: line[...]) == 30)
        #expect(ByteSearch.lastEnd(of: JournalChain.revisionKey, in: line[...]).map { line[$0] } == UInt8(ascii: "1"))
    }
}
