import PilotCore
import Synchronization

/// A JSON document scanned once into a flat list of tokens, one 64-bit word per value or key, so that `TapeDecoder`
/// finds a field by stepping over whole values (a container's word says where it ends) instead of re-parsing them.
///
/// The scan accepts only plain, valid JSON in valid UTF-8 and refuses the rest (returns nil), leaving the whole
/// judgement, and the message, to Foundation's decoder and `JSONDiagnosis`: keys with escapes, strings with lone
/// surrogates or control characters, nesting deeper than 512, sizes beyond the word's fields. A class: decoders and
/// containers hold one reference, which keeps each of them small enough to pass without allocating.
final class JSONTape: Sendable {
    enum Kind: UInt64 {
        case object = 1
        case array, string, number, `true`, `false`, null
    }

    let bytes: TapeBytes
    let words: [UInt64]
    /// What the decoded types' `init(from:)` read as `decoder.userInfo` (the snapshot's version check).
    let sendableUserInfo: [CodingUserInfoKey: any Sendable]
    /// Arrays already decoded (`TapePrefetch`), by their word, until the decode takes them.
    private let prefetched = Mutex<[Int: any Sendable]>([:])

    // Word layout. Containers: kind | members (28 bits) | index of the word after the container (32 bits).
    // Strings and numbers: kind | escaped (1 bit) | length (23 bits) | byte offset (36 bits).
    static let kindShift: UInt64 = 60
    static let escapedBit: UInt64 = 1 << 59
    static let lengthShift: UInt64 = 36
    static let lengthMask: UInt64 = (1 << 23) - 1
    static let offsetMask: UInt64 = (1 << 36) - 1
    static let membersShift: UInt64 = 32
    static let membersMask: UInt64 = (1 << 28) - 1
    static let endMask: UInt64 = (1 << 32) - 1
    static let maximumDepth = 512

    convenience init?(_ bytes: [UInt8], userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.init(.array(bytes), userInfo: userInfo)
    }

    init?(_ bytes: TapeBytes, userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        guard bytes.count < (1 << 36), let words = JSONTape.scanWords(bytes) else { return nil }
        self.bytes = bytes
        self.words = words
        sendableUserInfo = userInfo
    }

    var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

    func storePrefetched(_ value: any Sendable, at index: Int) {
        prefetched.withLock { $0[index] = value }
    }

    /// The array at `index` if it was decoded ahead, handed over (the tape keeps no copy).
    func takePrefetched(_ index: Int) -> (any Sendable)? {
        guard JSONTape.kind(words[index]) == Kind.array.rawValue else { return nil }
        return prefetched.withLock { $0.removeValue(forKey: index) }
    }

    @inline(__always) static func kind(_ word: UInt64) -> UInt64 { word >> kindShift }
    @inline(__always) static func offset(_ word: UInt64) -> Int { Int(truncatingIfNeeded: word & offsetMask) }
    @inline(__always) static func length(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word >> lengthShift) & lengthMask) }
    @inline(__always) static func members(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word >> membersShift) & membersMask) }

    /// The index of the word after the value at `index` (its whole content, for a container).
    @inline(__always) func next(_ index: Int) -> Int {
        let word = words[index]
        let kind = word >> JSONTape.kindShift
        return kind == Kind.object.rawValue || kind == Kind.array.rawValue ? Int(truncatingIfNeeded: word & JSONTape.endMask) : index + 1
    }

    private static func text(_ kind: Kind, escaped: Bool, offset: Int, length: Int) -> UInt64? {
        guard length <= Int(lengthMask) else { return nil }
        return kind.rawValue << kindShift | (escaped ? escapedBit : 0) | UInt64(length) << lengthShift | UInt64(offset)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    @inline(__always) private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// The code unit of the `\uXXXX` whose `u` is at `at`, or nil.
    static func hex4(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 4 < p.count, let a = hexValue(p[at + 1]), let b = hexValue(p[at + 2]), let c = hexValue(p[at + 3]),
            let d = hexValue(p[at + 4])
        else { return nil }
        return a << 12 | b << 8 | c << 4 | d
    }

    /// Scans the string whose opening quote is at `start`: the index after its closing quote and whether it holds
    /// escapes, or nil when it is not a plain valid string (bad escape, lone surrogate, control character, bad UTF-8).
    private static func string(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> (end: Int, escaped: Bool)? {
        var i = start + 1
        var escaped = false
        let n = p.count
        let raw = UnsafeRawPointer(p.baseAddress)
        while i < n {
            // Eight plain ASCII bytes at a time (no quote, backslash, control character or high bit): the common case.
            if let raw {
                while i + 8 <= n {
                    let special = specialBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    // The lowest flagged byte is always a true one (little-endian: the first in memory).
                    i += special.trailingZeroBitCount >> 3
                    if special != 0 { break }
                }
                guard i < n else { return nil }
            }
            let b = p[i]
            if b == 0x22 { return (i + 1, escaped) }
            if b == 0x5C {
                escaped = true
                guard i + 1 < n else { return nil }
                switch p[i + 1] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                case 0x75:
                    guard let unit = hex4(p, i + 1) else { return nil }
                    i += 6
                    if (0xDC00...0xDFFF).contains(unit) { return nil }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard i + 1 < n, p[i] == 0x5C, p[i + 1] == 0x75, let low = hex4(p, i + 1), (0xDC00...0xDFFF).contains(low) else {
                            return nil
                        }
                        i += 6
                    }
                default: return nil
                }
                continue
            }
            if b < 0x20 { return nil }
            if b < 0x80 {
                i += 1
                continue
            }
            // A run of characters beyond ASCII (a store's Chinese names are a quarter of its bytes), checked one
            // after the other here: the eight-byte loop above stops at once on each, which made it cost more than
            // the check.
            repeat {
                guard let width = utf8Sequence(p, i) else { return nil }
                i += width
            } while i < n && p[i] >= 0x80
        }
        return nil
    }

    /// The high bit of each of the eight bytes that is a quote, a backslash, below 0x20 or above 0x7F. Bit tricks
    /// that never miss one; bytes above a flagged one may be flagged falsely, but the lowest flag is always true.
    @inline(__always) private static func specialBytes(_ v: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = zeroByte(v ^ (ones &* 0x22))
        let backslash = zeroByte(v ^ (ones &* 0x5C))
        let control = (v &- (ones &* 0x20)) & ~v & highs
        return quote | backslash | control | (v & highs)
    }

    /// The length of the valid UTF-8 sequence starting with the non-ASCII byte at `i` (no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or nil.
    @inline(__always) private static func utf8Sequence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = p.count
        let b0 = p[i]
        @inline(__always) func continuation(_ j: Int) -> Bool { j < n && p[j] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : nil
        case 0xE0...0xEF:
            guard continuation(i + 1), continuation(i + 2) else { return nil }
            let b1 = p[i + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return nil }
            if b0 == 0xED && b1 >= 0xA0 { return nil }
            return 3
        case 0xF0...0xF4:
            guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return nil }
            let b1 = p[i + 1]
            if b0 == 0xF0 && b1 < 0x90 { return nil }
            if b0 == 0xF4 && b1 >= 0x90 { return nil }
            return 4
        default:
            return nil
        }
    }

    /// The index after the number starting at `start` (RFC 8259 grammar), or nil.
    private static func number(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = p.count
        var i = start
        @inline(__always) func isDigit(_ j: Int) -> Bool { j < n && p[j] &- 0x30 < 10 }
        if p[i] == 0x2D { i += 1 }
        guard isDigit(i) else { return nil }
        if p[i] == 0x30 {
            i += 1
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n && p[i] == 0x2E {
            i += 1
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        if i < n && (p[i] == 0x65 || p[i] == 0x45) {
            i += 1
            if i < n && (p[i] == 0x2B || p[i] == 0x2D) { i += 1 }
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        return i
    }

    private static func literal(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where p[i + k] != w[k] { return false }
        return true
    }

    @inline(__always) private static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        while i < p.count && isSpace(p[i]) { i += 1 }
        return i
    }

    /// An object's key at `i` and its colon, with the space around them: the index of the value, or nil.
    @inline(__always) private static func key(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ words: inout [UInt64]) -> Int? {
        guard i < p.count, p[i] == 0x22, let (end, escaped) = string(p, i), !escaped,
            let word = text(.string, escaped: false, offset: i + 1, length: end - i - 2)
        else { return nil }
        words.append(word)
        let colon = skipSpace(p, end)
        guard colon < p.count, p[colon] == 0x3A else { return nil }
        return skipSpace(p, colon + 1)
    }

    /// The words of the elements of an array from one of them to the array's end, scanned ahead on another
    /// thread (`JSONTape+ParallelScan.swift`) without knowing what encloses them.
    struct Segment: Sendable {
        /// Their words, container ends counted from the segment's first word.
        var words: [UInt64]
        /// How many elements: the array's members from the segment's first on.
        var elements: Int
        /// The index of the `]` that closes the array.
        var close: Int
        /// The most containers the segment had open at once (the depth limit counts those around it too).
        var depth: Int
        /// Every `stride`-th element's first byte and first word (element k · stride at entry k), where the scan
        /// from the start can take the rest of the segment if it got there first.
        var startBytes: [Int] = []
        var startWords: [Int] = []
        static let stride = 64

        /// The element starting at byte `at`, as its place among the segment's elements and its first word.
        func element(at byte: Int) -> (element: Int, word: Int)? {
            var low = 0
            var high = startBytes.count
            while low < high {
                let middle = (low + high) / 2
                if startBytes[middle] < byte { low = middle + 1 } else { high = middle }
            }
            guard low < startBytes.count, startBytes[low] == byte else { return nil }
            return (low * Segment.stride, startWords[low])
        }
    }

    /// What the scan ahead has for the scan from the start, asked at an element of its array starting at a byte.
    enum Ahead {
        /// Not yet: go on scanning and ask again at a later element.
        case pending
        /// Never: scan the rest alone.
        case failed
        /// The segment, which has an element starting at that byte.
        case found(Segment)
    }

    /// The whole document as words, or nil when it is not plain valid JSON (see the type's note). When the scan
    /// comes to an element of an array starting at byte `split`, it asks `ahead` at that element and at each
    /// later one of the array for the rest of the array, scanned meanwhile, and takes those words instead of
    /// scanning on; it never waits for them.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, split: Int = -1, ahead: (_ at: Int) -> Ahead = { _ in .failed }) -> [UInt64]? {
        scan(p, from: 0, segment: false, split: split, ahead: ahead, stop: { false })?.words
    }

    /// The elements of an array from the one starting at `start` to the `]` that closes the array, or nil when
    /// they are not plain valid JSON or `stop` answers true (asked between elements).
    static func scanSegment(_ p: UnsafeBufferPointer<UInt8>, from start: Int, stop: () -> Bool) -> Segment? {
        scan(p, from: start, segment: true, split: -1, ahead: { _ in .failed }, stop: stop)
    }

    private static func scan(
        _ p: UnsafeBufferPointer<UInt8>, from start: Int, segment: Bool, split: Int, ahead: (Int) -> Ahead, stop: () -> Bool
    ) -> Segment? {
        let n = p.count
        var words: [UInt64] = []
        words.reserveCapacity((n - start) / 8 + 16)
        // The open containers: their word's index, whether an object, and their members so far.
        var open: [(index: Int, object: Bool, members: Int)] = []
        var deepest = 0
        var elements = 0
        var startBytes: [Int] = []
        var startWords: [Int] = []
        // The word of the array whose elements from `split` on are scanned ahead, once this scan found `split`
        // to be one of them, until it takes them or the scan ahead fails.
        var aheadArray = -1
        var i = skipSpace(p, start)
        if segment {
            startBytes.append(i)
            startWords.append(0)
        }
        while true {
            // A value starts at i.
            guard i < n else { return nil }
            switch p[i] {
            case 0x7B, 0x5B:
                let object = p[i] == 0x7B
                guard open.count < maximumDepth else { return nil }
                let index = words.count
                words.append((object ? Kind.object : Kind.array).rawValue << kindShift)
                i = skipSpace(p, i + 1)
                if i < n && p[i] == (object ? 0x7D : 0x5D) {
                    words[index] |= UInt64(words.count)
                    i += 1
                    deepest = max(deepest, open.count + 1)
                    break
                }
                open.append((index, object, 0))
                deepest = max(deepest, open.count)
                if object {
                    guard let value = key(p, i, &words) else { return nil }
                    i = value
                }
                continue
            case 0x22:
                guard let (end, escaped) = string(p, i), let word = text(.string, escaped: escaped, offset: i + 1, length: end - i - 2)
                else {
                    return nil
                }
                words.append(word)
                i = end
            case 0x2D, 0x30...0x39:
                guard let end = number(p, i), let word = text(.number, escaped: false, offset: i, length: end - i) else { return nil }
                words.append(word)
                i = end
            case 0x74:
                guard literal(p, i, "true") else { return nil }
                words.append(Kind.true.rawValue << kindShift)
                i += 4
            case 0x66:
                guard literal(p, i, "false") else { return nil }
                words.append(Kind.false.rawValue << kindShift)
                i += 5
            case 0x6E:
                guard literal(p, i, "null") else { return nil }
                words.append(Kind.null.rawValue << kindShift)
                i += 4
            default:
                return nil
            }
            // A value ended before i: go on to the next member, or close the containers it ends.
            while true {
                guard let top = open.last else {
                    guard segment else {
                        guard skipSpace(p, i) == n && words.count <= Int(endMask) else { return nil }
                        return Segment(words: words, elements: 1, close: n, depth: deepest)
                    }
                    // An element of the segment's array ended: the next one, or the array's end.
                    elements += 1
                    i = skipSpace(p, i)
                    guard i < n else { return nil }
                    if p[i] == 0x5D {
                        return Segment(
                            words: words, elements: elements, close: i, depth: deepest, startBytes: startBytes, startWords: startWords)
                    }
                    guard p[i] == 0x2C, !stop() else { return nil }
                    i = skipSpace(p, i + 1)
                    if elements % Segment.stride == 0 {
                        startBytes.append(i)
                        startWords.append(words.count)
                    }
                    break
                }
                let members = top.members + 1
                open[open.count - 1].members = members
                i = skipSpace(p, i)
                guard i < n else { return nil }
                if p[i] == 0x2C {
                    i = skipSpace(p, i + 1)
                    if top.object {
                        guard let value = key(p, i, &words) else { return nil }
                        i = value
                    } else {
                        if i == split { aheadArray = top.index }
                        if top.index == aheadArray {
                            switch ahead(i) {
                            case .pending: break
                            case .failed: aheadArray = -1
                            case .found(let rest):
                                aheadArray = -1
                                // The rest of the array from the element at i, as this scan would make it, but for
                                // where its containers end; past the depth limit, this scan goes on and fails.
                                if open.count + rest.depth <= maximumDepth, let (element, first) = rest.element(at: i) {
                                    let base = UInt64(words.count - first)
                                    words.reserveCapacity(words.count + rest.words.count - first)
                                    for word in rest.words[first...] {
                                        let kind = word >> kindShift
                                        words.append(kind == Kind.object.rawValue || kind == Kind.array.rawValue ? word &+ base : word)
                                    }
                                    open[open.count - 1].members = members + rest.elements - element - 1
                                    i = rest.close
                                    continue
                                }
                            }
                        }
                    }
                    break
                }
                guard p[i] == (top.object ? 0x7D : 0x5D), members <= Int(membersMask), words.count <= Int(endMask) else { return nil }
                open.removeLast()
                words[top.index] |= UInt64(members) << membersShift | UInt64(words.count)
                i += 1
            }
        }
    }
}

// MARK: Reading values

extension JSONTape {
    static func mismatch(_ type: Any.Type, _ what: String) -> DecodingError {
        DecodingError.typeMismatch(type, DecodingError.Context(codingPath: [], debugDescription: what))
    }

    func isNull(_ index: Int) -> Bool { JSONTape.kind(words[index]) == Kind.null.rawValue }

    func bool(_ index: Int) throws -> Bool {
        switch JSONTape.kind(words[index]) {
        case Kind.true.rawValue: return true
        case Kind.false.rawValue: return false
        default: throw JSONTape.mismatch(Bool.self, "not true or false")
        }
    }

    /// An integer written as one (no fraction, no exponent) that fits; anything else is left to Foundation.
    func int(_ index: Int) throws -> Int {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.number.rawValue else { throw JSONTape.mismatch(Int.self, "not a number") }
        let start = JSONTape.offset(word)
        let end = start + JSONTape.length(word)
        return try bytes.withUnsafeBufferPointer { p throws(DecodingError) -> Int in
            let negative = p[start] == 0x2D
            var value = 0
            for i in (negative ? start + 1 : start)..<end {
                let digit = p[i] &- 0x30
                guard digit < 10 else { throw JSONTape.mismatch(Int.self, "not an integer") }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = negative ? times.subtractingReportingOverflow(Int(digit)) : times.addingReportingOverflow(Int(digit))
                guard !o1, !o2 else { throw JSONTape.mismatch(Int.self, "out of range") }
                value = sum
            }
            return value
        }
    }

    /// The text of a number, for the floating-point types.
    func numberText(_ index: Int) throws -> String {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.number.rawValue else { throw JSONTape.mismatch(Double.self, "not a number") }
        let start = JSONTape.offset(word)
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<(start + JSONTape.length(word))], as: UTF8.self) }
    }

    func string(_ index: Int) throws -> String {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.string.rawValue else { throw JSONTape.mismatch(String.self, "not text") }
        let start = JSONTape.offset(word)
        let count = JSONTape.length(word)
        return bytes.withUnsafeBufferPointer { p in
            let raw = UnsafeBufferPointer(rebasing: p[start..<(start + count)])
            return word & JSONTape.escapedBit == 0 ? String(decoding: raw, as: UTF8.self) : JSONTape.unescape(raw)
        }
    }

    /// The text of a string the scan checked: every escape is valid and surrogates come in pairs.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C else {
                out.append(b)
                i += 1
                continue
            }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = hex4(raw, i - 1) ?? 0xFFFD
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    let low = hex4(raw, i + 1) ?? 0xDC00
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

// MARK: Decoding

extension JSONTape {
    /// The value of `name` in the object whose members are the words `from..<to`, or nil.
    func find(_ name: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        words.withUnsafeBufferPointer { w in
            bytes.withUnsafeBufferPointer { b in
                var k = from
                while k < to {
                    let word = w[k]
                    if JSONTape.length(word) == name.count {
                        let offset = JSONTape.offset(word)
                        var same = true
                        for i in 0..<name.count where b[offset + i] != name[i] {
                            same = false
                            break
                        }
                        if same { return k + 1 }
                    }
                    let value = w[k + 1]
                    let kind = value >> JSONTape.kindShift
                    k =
                        kind == Kind.object.rawValue || kind == Kind.array.rawValue
                        ? Int(truncatingIfNeeded: value & JSONTape.endMask) : k + 2
                }
                return nil
            }
        }
    }

    func decode<T: Decodable>(_ type: T.Type, _ index: Int) throws -> T {
        // Dates are most of a store's values: read in place rather than through a String and CivilDate's parser.
        // The cast is a no-op (T is CivilDate); `as? T` would look up metadata and cost as much as the parse.
        if T.self == CivilDate.self { return unsafeBitCast(try civilDate(index), to: T.self) }
        return try T(from: TapeDecoder(tape: self, index: index))
    }

    /// A date `YYYY-MM-DD`, as `CivilDate.init(from:)` reads it.
    func civilDate(_ index: Int) throws -> CivilDate {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.string.rawValue, word & JSONTape.escapedBit == 0, JSONTape.length(word) == 10 else {
            throw JSONTape.mismatch(CivilDate.self, "not a date")
        }
        let start = JSONTape.offset(word)
        let date = bytes.withUnsafeBufferPointer { p -> CivilDate? in
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for k in (start + from)..<(start + from + count) {
                    let digit = p[k] &- 0x30
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard p[start + 4] == 0x2D, p[start + 7] == 0x2D, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2)
            else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
        guard let date else { throw JSONTape.mismatch(CivilDate.self, "not a date") }
        return date
    }

    func integer<T: FixedWidthInteger>(_ index: Int) throws -> T {
        guard let value = T(exactly: try int(index)) else { throw JSONTape.mismatch(T.self, "out of range") }
        return value
    }

    func double(_ index: Int) throws -> Double {
        guard let value = Double(try numberText(index)), value.isFinite else { throw JSONTape.mismatch(Double.self, "not a number") }
        return value
    }

    func float(_ index: Int) throws -> Float {
        guard let value = Float(try numberText(index)), value.isFinite else { throw JSONTape.mismatch(Float.self, "not a number") }
        return value
    }
}
