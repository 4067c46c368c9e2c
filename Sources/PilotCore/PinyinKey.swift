import Foundation
import Synchronization

/// A name's Mandarin reading for search: full pinyin without tones or spaces ("jiangsusheng") and its
/// initials ("jss"). The readings are ICU's (Foundation's `mandarinToLatin` transform), so no table is kept
/// here; text that is not Chinese passes through lower-cased.
public struct PinyinKey: Hashable, Sendable {
    public let full: String
    public let initials: String

    /// ICU's transform costs about 0.4 ms a name, so each text is read once per process: the second opening of
    /// a list of hundreds of sites is immediate.
    private static let memo = Mutex<[String: PinyinKey]>([:])

    public init(_ text: String) {
        if let known = PinyinKey.memo.withLock({ $0[text] }) {
            self = known
            return
        }
        let latin =
            text.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        let words = latin.lowercased().split { !$0.isLetter && !$0.isNumber }
        full = words.joined()
        initials = String(words.compactMap(\.first))
        let key = self
        PinyinKey.memo.withLock { $0[text] = key }
    }

    /// Whether `query` (lower-cased, no spaces) is in the full reading or the initials.
    public func matches(_ query: String) -> Bool { full.contains(query) || initials.contains(query) }
}
