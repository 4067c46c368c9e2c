import Crypto
import Foundation
import PilotCore

/// The journal's line format: the entry's JSON with `"hash"` appended as its last field, where the hash is
/// SHA-256 of the line without that field. Any change to any line, the last one included, breaks its hash.
package enum JournalLine {
    static let hashSuffixLength = #","hash":""#.utf8.count + 64 + #""}"#.utf8.count

    static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hashFieldStart = Array(#","hash":""#.utf8)
    private static let closingBrace: [UInt8] = [UInt8(ascii: "}")]

    /// The line's recorded hash when it matches the line's content, else nil.
    package static func verifiedHash(_ line: ArraySlice<UInt8>) -> String? {
        verifiedHashRange(line).map { String(decoding: line[$0], as: UTF8.self) }
    }

    /// Where the line's recorded hash is in it when it matches the line's content, else nil; hashes the line in
    /// place (no copies, no string), since opening a store checks every line of the journal this way.
    static func verifiedHashRange(_ line: ArraySlice<UInt8>) -> Range<Int>? {
        guard line.count > hashSuffixLength else { return nil }
        let suffixStart = line.endIndex - hashSuffixLength
        guard ByteSearch.equal(line[suffixStart..<(suffixStart + hashFieldStart.count)], hashFieldStart), line.last == UInt8(ascii: "}"),
            line[line.endIndex - 2] == UInt8(ascii: "\"")
        else { return nil }
        var hasher = SHA256()
        line[line.startIndex..<suffixStart].withUnsafeBytes { hasher.update(bufferPointer: $0) }
        // The brace from a constant: a one-byte array made per line cost an allocation per line.
        closingBrace.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        let digest = hasher.finalize()
        let recorded = (suffixStart + hashFieldStart.count)..<(line.endIndex - 2)
        // The digest's bytes in place: iterating the digest made an array of them for each line.
        let matches = digest.withUnsafeBytes { hash in
            line.withUnsafeBufferPointer { text in
                var i = recorded.lowerBound - line.startIndex
                for byte in hash {
                    guard text[i] == hexDigit(byte >> 4), text[i + 1] == hexDigit(byte & 0x0F) else { return false }
                    i += 2
                }
                return true
            }
        }
        return matches ? recorded : nil
    }

    /// The lowercase hex digit of a value below 16, as `hex` writes it.
    @inline(__always) private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }

    /// The line (with its newline) and its hash.
    package static func encode(_ entry: JournalEntry) throws(StoreError) -> (line: [UInt8], hash: String) {
        let body: [UInt8]
        do {
            body = Array(try JSONReading.encoder.encode(entry))
        } catch {
            throw StoreError(.io, file: StoreFiles.journalName, "cannot encode revision \(entry.revision): \(error)")
        }
        let hash = sha256Hex(body)
        var line = Array(body.dropLast())
        line += Array(#","hash":"\#(hash)"}"#.utf8)
        line.append(0x0A)
        return (line, hash)
    }

    /// Splits a line (without its newline) into the body that was hashed and the recorded hash; nil if malformed.
    static func split(_ line: ArraySlice<UInt8>) -> (body: [UInt8], recorded: String)? {
        guard line.count > hashSuffixLength else { return nil }
        let suffixStart = line.endIndex - hashSuffixLength
        let suffix = line[suffixStart...]
        let prefix = Array(#","hash":""#.utf8)
        guard suffix.starts(with: prefix), suffix.last == UInt8(ascii: "}"),
            suffix[suffix.endIndex - 2] == UInt8(ascii: "\"")
        else { return nil }
        let recorded = String(decoding: suffix.dropFirst(prefix.count).dropLast(2), as: UTF8.self)
        return (Array(line[line.startIndex..<suffixStart]) + [UInt8(ascii: "}")], recorded)
    }
}
