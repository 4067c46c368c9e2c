import Glibc

/// A row's lower-cased search text as UTF-8 bytes, searched with `memmem`: a filter keystroke tests every row, and
/// `String.contains` (a generic Character-by-Character search) was most of its time at national scale.
struct SearchHaystack: Equatable, Sendable {
    private let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Text already in UTF-8.
    init(utf8 bytes: [UInt8]) { self.bytes = bytes }

    /// The text as UTF-8, for a `SearchCorpus`.
    var utf8: [UInt8] { bytes }

    /// Whether every term occurs (as bytes: UTF-8 never matches half a character).
    func contains(all terms: [SearchTerm]) -> Bool {
        bytes.withUnsafeBytes { hay in terms.allSatisfy { term in term.bytes.withUnsafeBytes { SearchHaystack.find($0, in: hay) } } }
    }

    /// `memchr` to each candidate first byte, `memcmp` for the rest (glibc's `memmem` is not in Swift's Glibc module).
    static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer) -> Bool {
        guard let pin = needle.baseAddress, let first = needle.first else { return true }
        guard let base = hay.baseAddress, hay.count >= needle.count else { return false }
        let last = hay.count - needle.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            let at = UnsafeRawPointer(hit) - base
            if memcmp(base + at, pin, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }
}

/// One space-separated word of a filter, lower-cased, as bytes.
struct SearchTerm: Sendable {
    let bytes: [UInt8]

    /// The words of a filter as the lists match them: lower-cased, split on spaces.
    static func terms(_ filter: String) -> [SearchTerm] {
        filter.lowercased().split(separator: " ").map { SearchTerm(bytes: Array($0.utf8)) }
    }
}
