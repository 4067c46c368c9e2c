import Foundation
import PropertyBased
import Testing

@testable import PilotStore

/// The scan on two cores (`JSONTape+ParallelScan.swift`) makes exactly the words of the one-thread scan, or
/// refuses exactly what it refuses, wherever the guessed split falls: on an array's element, inside a string that
/// holds `},{"`, escapes or multi-byte characters, in a nested array, past the depth limit.
@Suite struct ParallelTapeScanTests {
    struct Inner: Codable {
        let text: String
        let list: [Int]
    }

    struct Row: Codable {
        let id: String
        let note: String?
        let tags: [String]
        let inner: [Inner]
        let count: Int
        let flag: Bool
    }

    struct Document: Codable {
        let head: String
        let rows: [Row]
        let tail: [String]
    }

    /// Pieces of text that look like JSON structure, or are escaped or multi-byte when encoded.
    static let pieces = ["a", "原", "👍", "é", "},{\"", ",{", "\\", "\"", "\n", "]", "[{", " ", "\u{1}", "/"]
    static let text = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...5).map { $0.joined() }

    /// A compact document whose rows hold drawn text, nested objects and arrays.
    static func document(_ t: [String], _ n: [Int]) -> [UInt8] {
        let rows = n.indices.map { k in
            Row(
                id: t[k % t.count], note: n[k] % 3 == 0 ? nil : t[(k + 1) % t.count], tags: Array(t.prefix(abs(n[k]) % 3)),
                inner: (0..<(abs(n[k]) % 3)).map { Inner(text: t[($0 + k) % t.count], list: Array(0..<$0)) }, count: n[k],
                flag: n[k] % 2 == 0)
        }
        let document = Document(head: t[0], rows: rows, tail: t)
        return (try? Array(JSONReading.encoder.encode(document))) ?? []
    }

    /// The one-thread scan and the scan split at `split`, whose segment (scanned first, as another thread would)
    /// is ready only after the scan from the start asked `pending` times. Counts the segments the scan took.
    static func expectSameScan(
        _ bytes: [UInt8], split: Int, pending: Int = 0, taken: inout Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        bytes.withUnsafeBufferPointer { p in
            let whole = JSONTape.scan(p)
            let segment = JSONTape.scanSegment(p, from: split) { false }
            var asked = 0
            let parallel = JSONTape.scan(p, split: split) { at in
                asked += 1
                guard asked > pending else { return .pending }
                guard let segment else { return .failed }
                guard segment.element(at: at) != nil else { return .pending }
                taken += 1
                return .found(segment)
            }
            // Compared first: the words themselves would fill the message.
            let same = parallel == whole
            #expect(
                same, "split at \(split), pending \(pending), of \(String(decoding: bytes.prefix(300), as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
    }

    /// Every `{` of the document, every byte after a comma, and a few others.
    static func splits(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { bytes[$0] == 0x7B || ($0 > 0 && bytes[$0 - 1] == 0x2C) || $0 % 17 == 0 }
    }

    @Test func randomDocumentsScanAlikeSplitAnywhere() async {
        await propertyCheck(count: 200, input: Self.text.array(of: 1...6), Gen.int(in: -50...50).array(of: 1...8)) { t, n in
            let bytes = Self.document(t, n)
            var taken = 0
            for split in Self.splits(bytes) { Self.expectSameScan(bytes, split: split, taken: &taken) }
            // Every row after the first starts at a `,{`: there the split is taken.
            #expect(taken >= n.count - 1)
        }
    }

    @Test func damagedDocumentsAreRefusedAlikeSplitAnywhere() async {
        let damage: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x20, 0xFF, 0xE5, 0x00, 0x31]
        await propertyCheck(
            count: 200, input: Self.text.array(of: 1...4), Gen.int(in: -50...50).array(of: 2...6), Gen.int(in: 0...100_000),
            Gen.int(in: 0...12)
        ) { t, n, at, byte in
            var bytes = Self.document(t, n)
            bytes[at % bytes.count] = damage[byte]
            var taken = 0
            for split in Self.splits(bytes) { Self.expectSameScan(bytes, split: split, taken: &taken) }
        }
    }

    @Test func aSplitInsideAStringThatLooksLikeABoundaryIsNotTaken() {
        let bytes = Array(#"{"a":[{"s":"x},{\"y"},{"s":",{"}],"b":"],{"}"#.utf8)
        var taken = 0
        for split in bytes.indices { Self.expectSameScan(bytes, split: split, taken: &taken) }
        // Only the `{` of the one real `},{` between the two elements.
        #expect(taken == 1)
    }

    @Test func theDepthLimitCountsTheContainersAroundTheSegment() {
        // Arrays `outer` deep around a list whose second element nests `inner` arrays: the limit is 512 in all.
        for (outer, inner) in [(500, 10), (500, 11), (500, 12), (1, 510), (1, 511), (1, 512), (0, 600)] {
            let element = String(repeating: "[", count: inner) + String(repeating: "]", count: inner)
            let text = String(repeating: "[", count: outer) + "[{},{\"x\":\(element)}]" + String(repeating: "]", count: outer)
            let bytes = Array(text.utf8)
            let split = bytes.firstIndex(of: 0x2C)! + 1
            var taken = 0
            Self.expectSameScan(bytes, split: split, taken: &taken)
            // Taken wherever the segment alone is within the limit.
            let segment = bytes.withUnsafeBufferPointer { JSONTape.scanSegment($0, from: split) { false } }
            #expect(taken == (segment == nil ? 0 : 1))
            #expect((segment == nil) == (inner >= 512))
        }
    }

    @Test func theRestOfTheSegmentIsTakenAtALaterElementWhenItIsReadyLate() throws {
        // 300 rows: the segment marks every 64th element from the split, where the scan may take the rest.
        let rows = (0..<300).map { Row(id: "R\($0)", note: $0 % 7 == 0 ? "},{\"x" : nil, tags: ["原"], inner: [], count: $0, flag: true) }
        let bytes = try Array(JSONReading.encoder.encode(Document(head: "h", rows: rows, tail: [])))
        // The rows after the first: the notes hold `},{` too.
        let commas = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == 0x2C && bytes[$0...].starts(with: Array(#"{"count""#.utf8)) }
        #expect(commas.count == 299)
        for split in [commas[0], commas[10], commas[200]] {
            for pending in [0, 1, 63, 64, 65, 130, 1000] {
                var taken = 0
                Self.expectSameScan(bytes, split: split, pending: pending, taken: &taken)
                // Asked at each element from the split on, ready from element `pending` on: taken at the first
                // marked element (a multiple of 64) from there, unless the array ends before it.
                let elements = commas.count - commas.firstIndex(of: split)!
                let marked = (pending + 63) / 64 * 64
                #expect(taken == (marked < elements ? 1 : 0), "split \(split), pending \(pending)")
            }
        }
    }

    /// Rows of `text`, enough of them that the document is scanned on two cores.
    static func bigDocument(_ text: String) -> [UInt8] {
        let rows = (0..<20_000).map { Row(id: "R\($0)", note: text, tags: [text], inner: [], count: $0, flag: true) }
        return (try? Array(JSONReading.encoder.encode(Document(head: "h", rows: rows, tail: [])))) ?? []
    }

    @Test func aBigDocumentIsScannedOnTwoCoresAsOnOne() throws {
        // Plain text: the guess falls between two rows. Text full of `,{`: it falls inside a string.
        for text in ["plain", String(repeating: ",{x", count: 20) + "},{\"原👍"] {
            let bytes = Self.bigDocument(text)
            #expect(bytes.count >= JSONTape.parallelScanMinimum)
            let split = try #require(JSONTape.splitGuess(bytes))
            let whole = bytes.withUnsafeBufferPointer { JSONTape.scan($0) }
            #expect(whole != nil)
            #expect(JSONTape.scanWords(bytes, cores: 2) == whole)
            #expect(JSONTape.scanWords(bytes, cores: 1) == whole)
            // Where the guess fell: on a row for plain text, inside a string otherwise.
            let onARow = bytes[(split - 2)...].starts(with: Array("},{\"count\"".utf8))
            #expect(onARow == (text == "plain"))
        }
    }

    @Test func aBigDamagedDocumentIsRefusedOnTwoCoresAsOnOne() throws {
        var bytes = Self.bigDocument("plain")
        // Damage after the guess, inside the segment the other thread scans, and before it.
        let split = try #require(JSONTape.splitGuess(bytes))
        for at in [split + 1000, split / 2] {
            let kept = bytes[at]
            // A NUL is wrong anywhere: in a string and between values.
            bytes[at] = 0x00
            #expect(JSONTape.scanWords(bytes, cores: 2) == nil)
            bytes[at] = kept
        }
        #expect(JSONTape.scanWords(bytes, cores: 2) != nil)
    }
}
