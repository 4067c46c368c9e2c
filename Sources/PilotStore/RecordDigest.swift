import Crypto

/// A record's SHA-256 as `log --verify` compares it: the 32 bytes as four words, a plain value that can be handed
/// from the thread reading store.json to the one walking the journal (swift-crypto's digest is not `Sendable`).
struct RecordDigest: Hashable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    init(_ digest: SHA256.Digest) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { out in digest.withUnsafeBytes { out.copyMemory(from: $0) } }
        self.words = words
    }

    static func == (a: RecordDigest, b: RecordDigest) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
