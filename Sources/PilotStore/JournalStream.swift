import Crypto
import Glibc
import PilotCore

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
    static func forEachLine(
        _ fd: Int32, path: String, from offset: Int = 0, to end: Int? = nil,
        _ body: (ArraySlice<UInt8>, Int) throws(StoreError) -> Bool
    ) throws(StoreError) -> Ending {
        let limit = end ?? Int(lseek(fd, 0, SEEK_END))
        // Read into one buffer and handed out in place; only a partial line moves, to the front. Copying every
        // chunk into a second array was a quarter of walking a national journal's chain besides the hashing.
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0 // buffer[0..<filled] are the file's bytes from bufferStart
        var bufferStart = offset
        var position = offset
        while position < limit {
            // A line longer than the buffer: make room for more of it.
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let want = min(buffer.count - filled, limit - position)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, want, off_t(position)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileIO.errno("read", path)
            }
            if n == 0 { break }
            position += n
            filled += n
            var start = 0
            while let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer[start..<filled]) {
                guard try body(buffer[start..<newline], bufferStart + start) else {
                    return Ending(completeBytes: bufferStart + newline + 1, tail: [])
                }
                start = newline + 1
            }
            if start > 0 {
                let kept = filled - start
                buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + start, kept) }
                filled = kept
                bufferStart += start
            }
        }
        return Ending(completeBytes: bufferStart, tail: Array(buffer[0..<filled]))
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
    static func lastLines(_ fd: Int32, path: String, count: Int, before end: Int? = nil) throws(StoreError) -> [(
        line: [UInt8], offset: Int
    )] {
        var window: [UInt8] = [] // the bytes [position, upper)
        var position = end ?? Int(lseek(fd, 0, SEEK_END))
        func readBack() throws(StoreError) -> Bool {
            guard position > 0 else { return false }
            let want = min(1 << 16, position)
            var chunk = [UInt8](repeating: 0, count: want)
            while true {
                let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(position - want)) }
                if n == want { break }
                if n < 0 && errno == EINTR { continue }
                throw n < 0
                    ? FileIO.errno("read", path)
                    : StoreError(.io, file: path, Bilingual(zh: "读取时日志变短了", en: "the journal shrank while it was read"))
            }
            position -= want
            window = chunk + window
            return true
        }
        if end == nil {
            // Bytes after the last newline are a torn write, never a line.
            var last = ByteSearch.lastIndex(of: 0x0A, in: window[...])
            while last == nil {
                guard try readBack() else { return [] }
                last = ByteSearch.lastIndex(of: 0x0A, in: window[...])
            }
            if let last { window.removeSubrange((last + 1)...) }
        } else {
            // `end` is the start of a line already read, so the byte before it is a newline.
            guard try readBack() else { return [] }
        }
        var found: [(line: [UInt8], offset: Int)] = []
        while found.count < count, !window.isEmpty {
            let lineEnd = window.count - 1 // the newline ending the line
            if let previous = ByteSearch.lastIndex(of: 0x0A, in: window[..<lineEnd]) {
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
