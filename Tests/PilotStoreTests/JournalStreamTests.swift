import Foundation
import Glibc
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
}
