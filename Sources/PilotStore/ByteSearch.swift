import Crypto
import Glibc

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

    /// The index just after the last occurrence of `needle` in `haystack`, or nil: for a field near the end of a
    /// long line, where a forward search would stop at every quote of the record before it. Looks for the
    /// needle's last byte that is not a quote (the colon of a key, which few bytes of a line are) eight bytes at
    /// a time, and compares the needle only there.
    static func lastEnd(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let anchor = needle.lastIndex { $0 != 0x22 } ?? needle.count - 1
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress else { return nil }
                let key = pin[anchor]
                // The needle whose anchor byte is at `at`, if it is there; `at` falls as the search goes back.
                func match(_ at: Int) -> Int? {
                    let start = at - anchor
                    guard start >= 0, start + pin.count <= hay.count, memcmp(base + start, pin.baseAddress!, pin.count) == 0 else {
                        return nil
                    }
                    return haystack.startIndex + start + pin.count
                }
                var end = hay.count
                let ones: UInt64 = 0x0101_0101_0101_0101
                let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                while end >= 8 {
                    // The high bit of exactly each byte equal to the key (no false flags), highest first.
                    let v = (base + end - 8).loadUnaligned(as: UInt64.self) ^ (ones &* UInt64(key))
                    var flags = ~(((v & lows) &+ lows) | v | lows)
                    while flags != 0 {
                        let byte = (63 - flags.leadingZeroBitCount) >> 3
                        if let found = match(end - 8 + byte) { return found }
                        flags &= ~(UInt64(0x80) << (byte * 8))
                    }
                    end -= 8
                }
                while end > 0 {
                    end -= 1
                    if hay[end] == key, let found = match(end) { return found }
                }
                return nil
            }
        }
    }

    /// The index of the first `byte` in `haystack`, or nil: `memchr`, which reads a word at a time where the
    /// generic `firstIndex(of:)` reads a byte.
    static func firstIndex(of byte: UInt8, in haystack: ArraySlice<UInt8>) -> Int? {
        haystack.withUnsafeBytes { hay -> Int? in
            guard let base = hay.baseAddress, let hit = memchr(base, Int32(byte), hay.count) else { return nil }
            return haystack.startIndex + (UnsafeRawPointer(hit) - base)
        }
    }

    /// The index of the last `byte` in `haystack`, or nil: a pointer walk, since Glibc does not export `memrchr`
    /// and the generic `lastIndex(of:)` made reading a long journal backwards take half a minute.
    static func lastIndex(of byte: UInt8, in haystack: ArraySlice<UInt8>) -> Int? {
        haystack.withUnsafeBufferPointer { hay -> Int? in
            guard let base = hay.baseAddress else { return nil }
            var p = base + hay.count
            while p > base {
                p -= 1
                if p.pointee == byte { return haystack.startIndex + (p - base) }
            }
            return nil
        }
    }

    /// Whether the two hold the same bytes: `memcmp`, where the generic `elementsEqual` compared a byte at a time
    /// through the collections' iterators (a hash per journal line when a store opens).
    static func equal(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
        a.count == b.count
            && a.withUnsafeBytes { a in b.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool { end(of: needle, in: haystack[...]) != nil }
}
