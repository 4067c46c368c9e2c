/// A validating JSON scanner that finds the members of an object without decoding anything: `log --verify`
/// reads every journal line and store.json this way, at byte speed, and decodes only where bytes disagree.
/// Strict: whatever it refuses is handed to the decoder, which names the problem.
struct JSONSkim {
    enum Kind { case object, array, string, number, literal }

    struct Member {
        /// The key without its quotes.
        var key: Range<Int>
        /// The value, quotes and brackets included.
        var value: Range<Int>
        var kind: Kind
        /// The key, or a string value, holds a backslash escape: its bytes are not its text.
        var keyEscaped: Bool
        var escaped: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i: Int
    private var end: Int
    private var depth = 0
    /// Whitespace was skipped between tokens (a pretty-printed value: its bytes are not the compact encoding).
    private(set) var spaced = false
    private var escaped = false

    /// Nesting deeper than any record: refused rather than recursed into.
    private static let maximumDepth = 64

    private init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        i = range.lowerBound
        end = range.upperBound
    }

    /// The members of the object filling `range` of `bytes` (whitespace around it allowed), in order, and whether
    /// whitespace separated any tokens; nil unless it is exactly one valid JSON object.
    static func members(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> (members: [Member], spaced: Bool)? {
        var skim = JSONSkim(bytes, range)
        skim.space()
        guard skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "{") else { return nil }
        var members: [Member] = []
        guard skim.object(collecting: &members) else { return nil }
        skim.space()
        return skim.i == skim.end ? (members, skim.spaced) : nil
    }

    /// The elements of the array filling `range` (a member's value), each with its kind; nil unless valid.
    static func elements(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [(value: Range<Int>, kind: Kind)]? {
        var skim = JSONSkim(bytes, range)
        guard skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "[") else { return nil }
        skim.i += 1
        var out: [(value: Range<Int>, kind: Kind)] = []
        skim.space()
        if skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "]") { return skim.i + 1 == skim.end ? out : nil }
        while true {
            skim.space()
            let start = skim.i
            guard let kind = skim.value() else { return nil }
            out.append((start..<skim.i, kind))
            skim.space()
            guard skim.i < skim.end else { return nil }
            if bytes[skim.i] == UInt8(ascii: ",") {
                skim.i += 1
            } else if bytes[skim.i] == UInt8(ascii: "]") {
                return skim.i + 1 == skim.end ? out : nil
            } else {
                return nil
            }
        }
    }

    /// Calls `body` with each element of the array filling `range`, which must all be objects: the element's
    /// bytes, its members and whether whitespace separated its tokens. One pass; false when anything is invalid
    /// or `body` returns false.
    static func forEachObject(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>, [Member], Bool) -> Bool
    ) -> Bool {
        var skim = JSONSkim(bytes, range)
        guard skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "[") else { return false }
        skim.i += 1
        skim.space()
        if skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "]") { return skim.i + 1 == skim.end }
        var members: [Member] = []
        while true {
            skim.space()
            let start = skim.i
            skim.spaced = false
            members.removeAll(keepingCapacity: true)
            guard skim.i < skim.end, bytes[skim.i] == UInt8(ascii: "{"), skim.object(collecting: &members),
                body(start..<skim.i, members, skim.spaced)
            else { return false }
            skim.space()
            guard skim.i < skim.end else { return false }
            if bytes[skim.i] == UInt8(ascii: ",") {
                skim.i += 1
            } else if bytes[skim.i] == UInt8(ascii: "]") {
                return skim.i + 1 == skim.end
            } else {
                return false
            }
        }
    }

    private mutating func space() {
        while i < end {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                spaced = true
                i += 1
            default: return
            }
        }
    }

    /// One value from `i`; its kind, or nil when invalid.
    private mutating func value() -> Kind? {
        guard i < end else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            var ignored: [Member] = []
            return object(collecting: &ignored, keep: false) ? .object : nil
        case UInt8(ascii: "["): return array() ? .array : nil
        case UInt8(ascii: "\""): return string() ? .string : nil
        case UInt8(ascii: "t"): return literal("true") ? .literal : nil
        case UInt8(ascii: "f"): return literal("false") ? .literal : nil
        case UInt8(ascii: "n"): return literal("null") ? .literal : nil
        default: return number() ? .number : nil
        }
    }

    private mutating func object(collecting members: inout [Member], keep: Bool = true) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONSkim.maximumDepth else { return false }
        i += 1
        space()
        if i < end, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return true
        }
        while true {
            space()
            guard i < end, bytes[i] == UInt8(ascii: "\"") else { return false }
            let keyStart = i
            escaped = false
            guard string() else { return false }
            let keyEscaped = escaped
            let key = (keyStart + 1)..<(i - 1)
            space()
            guard i < end, bytes[i] == UInt8(ascii: ":") else { return false }
            i += 1
            space()
            let valueStart = i
            escaped = false
            guard let kind = value() else { return false }
            if keep { members.append(Member(key: key, value: valueStart..<i, kind: kind, keyEscaped: keyEscaped, escaped: escaped)) }
            space()
            guard i < end else { return false }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return true
            } else {
                return false
            }
        }
    }

    private mutating func array() -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONSkim.maximumDepth else { return false }
        i += 1
        space()
        if i < end, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return true
        }
        while true {
            space()
            guard value() != nil else { return false }
            space()
            guard i < end else { return false }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return true
            } else {
                return false
            }
        }
    }

    /// A string from its opening quote; control bytes and unknown escapes are invalid (UTF-8 is checked apart).
    private mutating func string() -> Bool {
        i += 1
        while i < end {
            // Eight bytes at a time while none is a quote, a backslash or a control byte.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while i + 8 <= end {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let special =
                        JSONSkim.zeroByte(w ^ 0x2222_2222_2222_2222) | JSONSkim.zeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C)
                        | ((w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080)
                    if special != 0 { break }
                    i += 8
                }
            }
            guard i < end else { return false }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return true
            }
            if b < 0x20 { return false }
            if b == UInt8(ascii: "\\") {
                escaped = true
                guard i + 1 < end else { return false }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                    UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 6 <= end, (i + 2..<i + 6).allSatisfy({ JSONSkim.isHex(bytes[$0]) }) else { return false }
                    i += 6
                default: return false
                }
                continue
            }
            i += 1
        }
        return false
    }

    /// High bit set in each byte of the result where `w` has a zero byte (and possibly above one).
    private static func zeroByte(_ w: UInt64) -> UInt64 { (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 }

    private static func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() -> Bool {
        func digits() -> Int {
            let start = i
            while i < end, (0x30...0x39).contains(bytes[i]) { i += 1 }
            return i - start
        }
        if i < end, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end else { return false }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits() == 0 {
            return false
        }
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return true
    }
}
