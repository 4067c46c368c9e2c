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
    /// long line, where a forward search would stop at every quote of the record before it.
    static func lastEnd(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress, let first = pin.first else { return nil }
                // The second byte too before `memcmp`: a needle's first byte is often a quote, and so is every
                // tenth byte of a journal line.
                let second = pin.count > 1 ? pin[1] : first
                let secondOffset = pin.count > 1 ? 1 : 0
                var at = hay.count - pin.count
                while at >= 0 {
                    if hay[at] == first && hay[at + secondOffset] == second && memcmp(base + at, pin.baseAddress!, pin.count) == 0 {
                        return haystack.startIndex + at + pin.count
                    }
                    at -= 1
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
