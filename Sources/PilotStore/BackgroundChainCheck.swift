import Dispatch
import Glibc
import PilotCore
import Synchronization

/// The journal's hash chain walked on another thread from its first line to its end, started before store.json
/// is decoded so that the two (each about a second on a national store) overlap. The store asks for the
/// `verdict` before it applies anything, so a store whose journal prefix was altered still opens read-only and
/// no write lands on it.
final class BackgroundChainCheck: Sendable {
    /// What the walk found.
    struct Outcome: Sendable {
        /// Complete lines walked, all good.
        var lines = 0
        /// Offset just after the last good line.
        var goodBytes = 0
        /// The first bad line (or failed read): where it starts and ends, and why.
        var failure: (offset: Int, end: Int, error: StoreError)?
    }

    private let outcome = Mutex(Outcome())
    private let cancelled = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Walks the journal open at `fd`, which the walk closes when it ends.
    init(fd: Int32, path: String) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            walk(fd: fd, path: path)
            close(fd)
            done.signal()
        }
    }

    private func walk(fd: Int32, path: String) {
        var chain = JournalChain.Walk(file: path)
        var line = 0..<0
        // Kept here and published once at the end: only `verdict` reads it, after the walk.
        var found = Outcome()
        defer { outcome.withLock { $0 = found } }
        do throws(StoreError) {
            try JournalStream.forEachLine(fd, path: path) { raw, offset throws(StoreError) in
                guard !cancelled.load(ordering: .relaxed) else { return false }
                line = offset..<(offset + raw.count + 1)
                try chain.step(raw)
                found.lines = chain.number
                found.goodBytes = raw.endIndex - raw.startIndex + offset + 1
                return true
            }
        } catch {
            // A failed read is at the first byte not read; a bad line spans its bytes.
            found.failure =
                line.lowerBound < found.goodBytes
                ? (found.goodBytes, found.goodBytes, error) : (line.lowerBound, line.upperBound, error)
        }
    }

    /// Whether the walk has ended, without waiting.
    var isDone: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// Stops the walk at its next line (opening failed, or the verdict is in).
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Waits for the walk, then judges the journal up to byte `end` as `JournalChain.check` does: no bad line
    /// before `end`, and the line ending there is line `lines` with hash `head`. A bad line after `end` is not
    /// this check's business: reading the lines after the snapshot names it. `fd` is the journal, for that line.
    func verdict(_ fd: Int32, path: String, end: Int, lines: Int, head: String) throws(StoreError) {
        done.wait()
        done.signal()
        let found = outcome.withLock { $0 }
        // A bad line that `end` cuts is, to the walk up to `end`, an incomplete last line: it is named below.
        if let failure = found.failure, failure.end <= end { throw failure.error }
        guard end > 0 else {
            if lines != 0 { throw JournalChain.endMismatch(path: path, line: 1, lines: lines, head: head) }
            return
        }
        // Every line before `end` is good, so the line ending there (if one does) is line `revision`.
        guard found.goodBytes >= end, let last = try Self.line(fd, path: path, endingAt: end),
            let link = try? JournalChain.RawLink(last[...], file: path, number: 0),
            link.revision == lines, last[link.hash].elementsEqual(head.utf8)
        else {
            let walked = found.goodBytes >= end ? try Self.linesBefore(end, fd, path: path) : found.lines
            throw JournalChain.endMismatch(path: path, line: walked + 1, lines: lines, head: head)
        }
    }

    /// The line whose newline is the byte before `end`, without it; nil when that byte is not a newline.
    private static func line(_ fd: Int32, path: String, endingAt end: Int) throws(StoreError) -> [UInt8]? {
        var byte: UInt8 = 0
        guard pread(fd, &byte, 1, off_t(end - 1)) == 1, byte == 0x0A else { return nil }
        return try JournalStream.lastLines(fd, path: path, count: 1, before: end).first?.line
    }

    /// How many complete lines lie before `end`: only for the message of a journal that does not end where
    /// store.json says.
    private static func linesBefore(_ end: Int, _ fd: Int32, path: String) throws(StoreError) -> Int {
        var count = 0
        try JournalStream.forEachLine(fd, path: path, from: 0, to: end) { _, _ in
            count += 1
            return true
        }
        return count
    }
}
