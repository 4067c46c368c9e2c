import Glibc

/// The search text of every row of a long list (the 200k samplings), in a few contiguous buffers instead of one
/// array per row: a first filter character scans the buffers with `memchr` and marks the rows hit, where testing
/// row by row paid a pointer chase and a reference count per row (~70 ms at national scale, against a 16 ms frame).
/// Rows are kept in chunks of at most `chunkRows`, so replacing, appending or removing a row rewrites one chunk.
struct SearchCorpus: Equatable, Sendable {
    private struct Chunk: Equatable, Sendable {
        var bytes: [UInt8] = []
        /// Where each row's text ends in `bytes`; a row starts where the one before it ends.
        var ends: [Int] = []

        func range(_ row: Int) -> Range<Int> { (row == 0 ? 0 : ends[row - 1])..<ends[row] }
    }

    private var chunks: [Chunk] = []
    /// The position of each chunk's first row.
    private var firsts: [Int] = []
    private(set) var count = 0
    let chunkRows: Int

    init(_ texts: some Sequence<SearchHaystack>, chunkRows: Int = 1024) {
        self.chunkRows = chunkRows
        for text in texts { append(text) }
    }

    /// Each row's text, in order.
    var texts: [[UInt8]] { chunks.flatMap { chunk in chunk.ends.indices.map { Array(chunk.bytes[chunk.range($0)]) } } }

    /// Equal when they hold the same texts, however edits left them chunked.
    static func == (a: SearchCorpus, b: SearchCorpus) -> Bool { a.count == b.count && a.texts == b.texts }

    mutating func append(_ text: SearchHaystack) {
        if chunks.isEmpty || chunks[chunks.count - 1].ends.count >= chunkRows {
            chunks.append(Chunk())
            firsts.append(count)
        }
        chunks[chunks.count - 1].bytes += text.utf8
        chunks[chunks.count - 1].ends.append(chunks[chunks.count - 1].bytes.count)
        count += 1
    }

    mutating func replace(_ position: Int, with text: SearchHaystack) {
        let (c, row) = locate(position)
        let old = chunks[c].range(row)
        let delta = text.utf8.count - old.count
        chunks[c].bytes.replaceSubrange(old, with: text.utf8)
        for r in row..<chunks[c].ends.count { chunks[c].ends[r] += delta }
    }

    mutating func remove(at position: Int) {
        let (c, row) = locate(position)
        let old = chunks[c].range(row)
        chunks[c].bytes.removeSubrange(old)
        chunks[c].ends.remove(at: row)
        for r in row..<chunks[c].ends.count { chunks[c].ends[r] -= old.count }
        for later in (c + 1)..<chunks.count { firsts[later] -= 1 }
        if chunks[c].ends.isEmpty {
            chunks.remove(at: c)
            firsts.remove(at: c)
        }
        count -= 1
    }

    /// Whether the row's text holds every term.
    func contains(_ position: Int, all terms: [SearchTerm]) -> Bool {
        let (c, row) = locate(position)
        let range = chunks[c].range(row)
        return chunks[c].bytes.withUnsafeBytes { all in
            let hay = UnsafeRawBufferPointer(rebasing: all[range])
            return terms.allSatisfy { term in term.bytes.withUnsafeBytes { SearchHaystack.find($0, in: hay) } }
        }
    }

    /// Per row, whether its text holds every term: the first term by one scan of each chunk, the others tested
    /// only in the rows it hit.
    func matches(all terms: [SearchTerm]) -> [Bool] {
        guard let first = terms.first else { return Array(repeating: true, count: count) }
        var hit = Array(repeating: false, count: count)
        let rest = Array(terms.dropFirst())
        for (c, chunk) in chunks.enumerated() {
            chunk.bytes.withUnsafeBytes { hay in
                first.bytes.withUnsafeBytes { needle in
                    SearchCorpus.scan(needle, in: hay, ends: chunk.ends) { row in
                        let range = chunk.range(row)
                        let text = UnsafeRawBufferPointer(rebasing: hay[range])
                        hit[firsts[c] + row] = rest.allSatisfy { term in term.bytes.withUnsafeBytes { SearchHaystack.find($0, in: text) } }
                    }
                }
            }
        }
        return hit
    }

    /// Calls `found` once for each row (ascending) whose text holds `needle`: `memchr` to each candidate of the
    /// needle's last byte (in UTF-8 Chinese the last byte of a character varies far more than its first), `memcmp`
    /// for the rest, and after a hit on to the next row.
    private static func scan(
        _ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, ends: [Int], found: (Int) -> Void
    ) {
        guard let pin = needle.baseAddress, let last = needle.last else {
            for row in ends.indices { found(row) }
            return
        }
        guard let base = hay.baseAddress else { return }
        let back = needle.count - 1
        var row = 0
        var offset = back
        while offset < hay.count, row < ends.count {
            guard let at = memchr(base + offset, Int32(last), hay.count - offset) else { return }
            let end = UnsafeRawPointer(at) - base + 1
            let start = end - needle.count
            while row < ends.count && ends[row] < end { row += 1 }
            guard row < ends.count else { return }
            let rowStart = row == 0 ? 0 : ends[row - 1]
            if start >= rowStart && memcmp(base + start, pin, needle.count) == 0 {
                found(row)
                row += 1
                offset = (row < ends.count ? ends[row - 1] : hay.count) + back
            } else {
                offset = end
            }
        }
    }

    /// The chunk holding the row at `position`, and the row's place in it.
    private func locate(_ position: Int) -> (chunk: Int, row: Int) {
        var (low, high) = (0, firsts.count)
        while low + 1 < high {
            let mid = (low + high) / 2
            if firsts[mid] <= position { low = mid } else { high = mid }
        }
        return (low, position - firsts[low])
    }
}
