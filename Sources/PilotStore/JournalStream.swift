import Glibc
import Crypto

/// Reads `journal.jsonl` a chunk at a time, forwards or from the end, so memory stays bounded however long the
/// journal grows (a million lines is half a gigabyte).
enum JournalStream {
    static let chunkSize = 1 << 20

    struct Ending {
        /// Offset just after the last newline read.
        var completeBytes: Int
        /// Bytes after the last newline (a torn write), empty when the file ends with a newline.
        var tail: [UInt8]
    }

    /// Calls `body` with each complete line (without its newline) and its starting offset, from `offset` up to
    /// `end` (default: the end of the file). `body` returns false to stop early.
    @discardableResult
    static func forEachLine(_ fd: Int32, path: String, from offset: Int = 0, to end: Int? = nil,
                            _ body: (ArraySlice<UInt8>, Int) throws(StoreError) -> Bool) throws(StoreError) -> Ending {
        let limit = end ?? Int(lseek(fd, 0, SEEK_END))
        var pending: [UInt8] = []
        var pendingStart = offset
        var position = offset
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while position < limit {
            let want = min(chunkSize, limit - position)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(position)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileIO.errno("read", path)
            }
            if n == 0 { break }
            position += n
            pending.append(contentsOf: buffer[0..<n])
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                guard try body(pending[start..<newline], pendingStart + start) else {
                    return Ending(completeBytes: pendingStart + newline + 1, tail: [])
                }
                start = newline + 1
            }
            pending.removeFirst(start)
            pendingStart += start
        }
        return Ending(completeBytes: pendingStart, tail: pending)
    }

    /// The line starting at `offset`, without its newline.
    static func line(_ fd: Int32, path: String, at offset: Int) throws(StoreError) -> [UInt8] {
        var out: [UInt8] = []
        var position = offset
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileIO.errno("read", path)
            }
            if let newline = buffer[0..<max(0, n)].firstIndex(of: 0x0A) { return out + buffer[0..<newline] }
            if n == 0 { return out }
            out += buffer[0..<n]
            position += n
        }
    }

    /// The last `count` complete lines before `end` (default: the end of the file, less a torn tail), oldest
    /// first, each with its starting offset. Reads backwards, so the cost follows `count`, not the journal's length.
    static func lastLines(_ fd: Int32, path: String, count: Int, before end: Int? = nil) throws(StoreError) -> [(line: [UInt8], offset: Int)] {
        var window: [UInt8] = []      // the bytes [position, upper)
        var position = end ?? Int(lseek(fd, 0, SEEK_END))
        func readBack() throws(StoreError) -> Bool {
            guard position > 0 else { return false }
            let want = min(1 << 16, position)
            var chunk = [UInt8](repeating: 0, count: want)
            while true {
                let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(position - want)) }
                if n == want { break }
                if n < 0 && errno == EINTR { continue }
                throw n < 0 ? FileIO.errno("read", path) : StoreError(.io, file: path, "the journal shrank while it was read")
            }
            position -= want
            window = chunk + window
            return true
        }
        if end == nil {
            // Bytes after the last newline are a torn write, never a line.
            while window.lastIndex(of: 0x0A) == nil { guard try readBack() else { return [] } }
            window.removeSubrange((window.lastIndex(of: 0x0A)! + 1)...)
        } else {
            // `end` is the start of a line already read, so the byte before it is a newline.
            guard try readBack() else { return [] }
        }
        var found: [(line: [UInt8], offset: Int)] = []
        while found.count < count, !window.isEmpty {
            let lineEnd = window.count - 1   // the newline ending the line
            if let previous = window[..<lineEnd].lastIndex(of: 0x0A) {
                found.append((Array(window[(previous + 1)..<lineEnd]), position + previous + 1))
                window.removeSubrange((previous + 1)...)
            } else if try !readBack() {
                found.append((Array(window[..<lineEnd]), position))
                window = []
            }
        }
        return found.reversed()
    }
}

/// The hash chain checked without decoding entries (SHA-256 of each line and its `prev` and `rev`), fast enough
/// to run over the whole journal each time a store opens, so damage anywhere makes the store read-only.
enum JournalChain {
    struct Link {
        let revision: Int
        let previousHash: String
        let hash: String
    }

    static func link(_ raw: ArraySlice<UInt8>, file: String, number: Int) throws(StoreError) -> Link {
        let position = "line \(number)"
        guard let recorded = JournalLine.verifiedHash(raw) else {
            if JournalLine.split(raw) == nil {
                throw StoreError(.tampered, file: file, position: position, "the line has no hash field at its end; it was damaged or edited")
            }
            throw StoreError(.tampered, file: file, position: position, "the line's hash does not match its content; it was altered after it was written")
        }
        guard let previous = field(raw, #""prev":""#, length: 64), let rev = field(raw, #""rev":"#, length: nil).flatMap({ Int($0) }) else {
            throw StoreError(.tampered, file: file, position: position, "the line has no revision or previous hash")
        }
        return Link(revision: rev, previousHash: previous, hash: recorded)
    }

    /// Checks lines 1… of the journal up to byte `end`: every hash, the chain, the revisions; the last line must
    /// be line `lines` with hash `head`. Throws naming the first bad line. `visit` sees each good line and its offset.
    static func check(_ fd: Int32, path: String, end: Int, lines: Int, head: String,
                      visit: (ArraySlice<UInt8>, Int) -> Void = { _, _ in }) throws(StoreError) {
        var number = 0
        var hash = JournalEntry.genesisHash
        var revision = 0
        let ending = try JournalStream.forEachLine(fd, path: path, from: 0, to: end) { raw, offset throws(StoreError) in
            number += 1
            let link = try link(raw, file: path, number: number)
            visit(raw, offset)
            guard link.previousHash == hash else {
                throw StoreError(.tampered, file: path, position: "line \(number) (revision \(link.revision))",
                                 "the line does not continue the hash chain; a line before it was removed, reordered or altered")
            }
            guard link.revision == revision + 1 else {
                throw StoreError(.tampered, file: path, position: "line \(number) (revision \(link.revision))", "expected revision \(revision + 1)")
            }
            hash = link.hash
            revision = link.revision
            return true
        }
        guard ending.tail.isEmpty, number == lines, hash == (lines == 0 ? JournalEntry.genesisHash : head) else {
            throw StoreError(.tampered, file: path, position: "line \(number + 1)",
                             "the journal up to store.json's revision does not end where store.json says (line \(lines), hash \(head.prefix(16))…); lines were removed or replaced")
        }
    }

    /// The text after `key` in `body`: `length` characters, or digits when `length` is nil. Entry keys are sorted
    /// and no record has a `prev` or `rev` field, so the first match is the entry's own.
    static func field(_ body: ArraySlice<UInt8>, _ key: String, length: Int?) -> String? {
        guard let start = ByteSearch.end(of: Array(key.utf8), in: body) else { return nil }
        if let length {
            guard start + length <= body.endIndex else { return nil }
            return String(decoding: body[start..<(start + length)], as: UTF8.self)
        }
        var end = start
        while end < body.endIndex, (0x30...0x39).contains(body[end]) { end += 1 }
        return end > start ? String(decoding: body[start..<end], as: UTF8.self) : nil
    }
}

/// Finding bytes in bytes with `memchr` and `memcmp`: the generic `firstRange(of:)` is not specialised across
/// modules and cost about 100 µs per journal line, which made checking a million lines take minutes.
enum ByteSearch {
    /// The index just after the first occurrence of `needle` in `haystack`, or nil.
    static func end(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress else { return nil }
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - base
                    if memcmp(base + at, pin.baseAddress!, pin.count) == 0 { return haystack.startIndex + at + pin.count }
                    offset = at + 1
                }
                return nil
            }
        }
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool { end(of: needle, in: haystack[...]) != nil }
}
