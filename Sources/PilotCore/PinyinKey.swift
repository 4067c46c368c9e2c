import Foundation

/// A name's Mandarin reading for search: full pinyin without tones or spaces ("jiangsusheng") and its
/// initials ("jss"). The readings are ICU's (Foundation's `mandarinToLatin` transform), so no table is kept
/// here; text that is not Chinese passes through lower-cased.
public struct PinyinKey: Hashable, Sendable {
    public let full: String
    public let initials: String

    public init(_ text: String) {
        let latin =
            text.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        let words = latin.lowercased().split { !$0.isLetter && !$0.isNumber }
        full = words.joined()
        initials = String(words.compactMap(\.first))
    }

    /// Whether `query` (lower-cased, no spaces) is in the full reading or the initials.
    public func matches(_ query: String) -> Bool { full.contains(query) || initials.contains(query) }
}
