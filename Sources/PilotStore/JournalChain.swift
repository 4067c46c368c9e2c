import Crypto
import Glibc
import PilotCore

/// The hash chain checked without decoding entries (SHA-256 of each line and its `prev` and `rev`), fast enough
/// to run over the whole journal each time a store opens, so damage anywhere makes the store read-only.
package enum JournalChain {
    package struct Link {
        package let revision: Int
        package let previousHash: String
        package let hash: String
    }

    package static func link(_ raw: ArraySlice<UInt8>, file: String, number: Int) throws(StoreError) -> Link {
        let link = try RawLink(raw, file: file, number: number)
        return Link(
            revision: link.revision, previousHash: String(decoding: raw[link.previous], as: UTF8.self),
            hash: String(decoding: raw[link.hash], as: UTF8.self))
    }

    /// A checked line's revision and where its two hashes are in it: no string is made per line, since opening
    /// a store walks every line.
    struct RawLink {
        let revision: Int
        let previous: Range<Int>
        let hash: Range<Int>

        init(_ raw: ArraySlice<UInt8>, file: String, number: Int) throws(StoreError) {
            // Made only for an error: a string per line was a tenth of the walk besides the hashing.
            var position: String { "line \(number)" }
            guard let recorded = JournalLine.verifiedHashRange(raw) else {
                if JournalLine.split(raw) == nil {
                    throw StoreError(
                        .tampered, file: file, position: position,
                        Bilingual(zh: "该行末尾没有哈希字段；它已损坏或被改动", en: "the line has no hash field at its end; it was damaged or edited"))
                }
                throw StoreError(
                    .tampered, file: file, position: position,
                    Bilingual(
                        zh: "该行的哈希与内容不符；写入后被改动过", en: "the line's hash does not match its content; it was altered after it was written")
                )
            }
            // Searched from the end: the entry's own `prev` and `rev` follow its records (keys are sorted, and no
            // record has such a field), and a quote inside a string is escaped, so the last match is the entry's.
            guard let previousStart = ByteSearch.lastEnd(of: JournalChain.previousKey, in: raw), previousStart + 64 <= raw.endIndex,
                let revisionStart = ByteSearch.lastEnd(of: JournalChain.revisionKey, in: raw),
                let revision = JournalChain.digits(raw, from: revisionStart)
            else {
                throw StoreError(
                    .tampered, file: file, position: position,
                    Bilingual(zh: "该行没有修订号或上一行的哈希", en: "the line has no revision or previous hash"))
            }
            self.revision = revision
            self.previous = previousStart..<(previousStart + 64)
            self.hash = recorded
        }
    }

    /// The chain from the journal's first line on, one line at a time: each line's hash, its link to the line
    /// before, and its revision (line n has revision n).
    struct Walk {
        let file: String
        private(set) var number = 0
        /// The last good line's hash, as the 64 hex bytes the next line's `prev` must repeat.
        private(set) var hash = Array(JournalEntry.genesisHash.utf8)

        init(file: String) { self.file = file }

        mutating func step(_ raw: ArraySlice<UInt8>) throws(StoreError) {
            number += 1
            let link = try RawLink(raw, file: file, number: number)
            guard ByteSearch.equal(raw[link.previous], hash) else {
                throw StoreError(
                    .tampered, file: file, position: "line \(number) (revision \(link.revision))",
                    Bilingual(
                        zh: "该行未接续哈希链；它之前的某行被删除、调换或改动",
                        en: "the line does not continue the hash chain; a line before it was removed, reordered or altered"))
            }
            guard link.revision == number else {
                throw StoreError(
                    .tampered, file: file, position: "line \(number) (revision \(link.revision))",
                    Bilingual(zh: "应为修订号 \(number)", en: "expected revision \(number)"))
            }
            hash.withUnsafeMutableBufferPointer { out in
                _ = raw[link.hash].withUnsafeBufferPointer { memcpy(out.baseAddress!, $0.baseAddress!, 64) }
            }
        }

        var hashText: String { String(decoding: hash, as: UTF8.self) }
    }

    /// Checks lines 1… of the journal up to byte `end`: every hash, the chain, the revisions; the last line must
    /// be line `lines` with hash `head`. Throws naming the first bad line.
    static func check(_ fd: Int32, path: String, end: Int, lines: Int, head: String) throws(StoreError) {
        var walk = Walk(file: path)
        let ending = try JournalStream.forEachLine(fd, path: path, from: 0, to: end) { raw, _ throws(StoreError) in
            try walk.step(raw)
            return true
        }
        guard ending.tail.isEmpty, walk.number == lines, walk.hashText == (lines == 0 ? JournalEntry.genesisHash : head) else {
            throw endMismatch(path: path, line: walk.number + 1, lines: lines, head: head)
        }
    }

    static func endMismatch(path: String, line: Int, lines: Int, head: String) -> StoreError {
        StoreError(
            .tampered, file: path, position: "line \(line)",
            Bilingual(
                zh: "日志到 store.json 的修订号为止，并未结束于 store.json 所记之处（第 \(lines) 行，哈希 \(head.prefix(16))…）；有行被删除或替换",
                en:
                    "the journal up to store.json's revision does not end where store.json says (line \(lines), hash \(head.prefix(16))…); lines were removed or replaced"
            ))
    }

    /// The decimal number starting at `start`, nil when there is none (or it overflows).
    static func digits(_ body: ArraySlice<UInt8>, from start: Int) -> Int? {
        var end = start
        var value = 0
        while end < body.endIndex, (0x30...0x39).contains(body[end]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(body[end] - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            end += 1
        }
        return end > start ? value : nil
    }

    static let previousKey = Array(#""prev":""#.utf8)
    static let revisionKey = Array(#""rev":"#.utf8)
}
