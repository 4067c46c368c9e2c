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
        let position = "line \(number)"
        guard let recorded = JournalLine.verifiedHash(raw) else {
            if JournalLine.split(raw) == nil {
                throw StoreError(
                    .tampered, file: file, position: position,
                    Bilingual(zh: "该行末尾没有哈希字段；它已损坏或被改动", en: "the line has no hash field at its end; it was damaged or edited"))
            }
            throw StoreError(
                .tampered, file: file, position: position,
                Bilingual(zh: "该行的哈希与内容不符；写入后被改动过", en: "the line's hash does not match its content; it was altered after it was written")
            )
        }
        guard let previous = field(raw, #""prev":""#, length: 64), let rev = field(raw, #""rev":"#, length: nil).flatMap({ Int($0) }) else {
            throw StoreError(
                .tampered, file: file, position: position, Bilingual(zh: "该行没有修订号或上一行的哈希", en: "the line has no revision or previous hash"))
        }
        return Link(revision: rev, previousHash: previous, hash: recorded)
    }

    /// Checks lines 1… of the journal up to byte `end`: every hash, the chain, the revisions; the last line must
    /// be line `lines` with hash `head`. Throws naming the first bad line. `visit` sees each good line and its offset.
    static func check(
        _ fd: Int32, path: String, end: Int, lines: Int, head: String,
        visit: (ArraySlice<UInt8>, Int) -> Void = { _, _ in }
    ) throws(StoreError) {
        var number = 0
        var hash = JournalEntry.genesisHash
        var revision = 0
        let ending = try JournalStream.forEachLine(fd, path: path, from: 0, to: end) { raw, offset throws(StoreError) in
            number += 1
            let link = try link(raw, file: path, number: number)
            visit(raw, offset)
            guard link.previousHash == hash else {
                throw StoreError(
                    .tampered, file: path, position: "line \(number) (revision \(link.revision))",
                    Bilingual(
                        zh: "该行未接续哈希链；它之前的某行被删除、调换或改动",
                        en: "the line does not continue the hash chain; a line before it was removed, reordered or altered"))
            }
            guard link.revision == revision + 1 else {
                throw StoreError(
                    .tampered, file: path, position: "line \(number) (revision \(link.revision))",
                    Bilingual(zh: "应为修订号 \(revision + 1)", en: "expected revision \(revision + 1)"))
            }
            hash = link.hash
            revision = link.revision
            return true
        }
        guard ending.tail.isEmpty, number == lines, hash == (lines == 0 ? JournalEntry.genesisHash : head) else {
            throw StoreError(
                .tampered, file: path, position: "line \(number + 1)",
                Bilingual(
                    zh: "日志到 store.json 的修订号为止，并未结束于 store.json 所记之处（第 \(lines) 行，哈希 \(head.prefix(16))…）；有行被删除或替换",
                    en:
                        "the journal up to store.json's revision does not end where store.json says (line \(lines), hash \(head.prefix(16))…); lines were removed or replaced"
                )
            )
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
