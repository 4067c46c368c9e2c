/// A name's Mandarin reading for search and sorting: full pinyin without tones or spaces ("jiangsusheng"), its
/// initials ("jss") and its syllables for sorting ("jiang su sheng"). Readings come from `PinyinTable`, one lookup
/// per character; letters and digits pass through lower-cased, a word per run ("SL-101" reads "sl 101").
public struct PinyinKey: Hashable, Sendable, Comparable {
    public let text: String
    public let full: String
    public let initials: String
    /// Syllables and words separated by spaces, so 西安 "xi an" sorts before 先 "xian".
    public let sortKey: String
    /// Whether a character was read as Chinese: only then do `full` and `initials` say more than `text`.
    public let isChinese: Bool

    public init(_ text: String) {
        let table = PinyinTable.shared
        let scalars = Array(text.unicodeScalars)
        var full = ""
        var initials = ""
        var sortKey = ""
        var word = ""
        var chinese = false
        func add(_ syllable: String) {
            guard let initial = syllable.first else { return }
            full += syllable
            initials.append(initial)
            if !sortKey.isEmpty { sortKey += " " }
            sortKey += syllable
        }
        var i = 0
        while i < scalars.count {
            func syllable(_ reading: String) {
                add(word)
                word = ""
                add(reading)
            }
            if let read = table.read(scalars, at: i, syllable) {
                chinese = true
                i += read
                continue
            }
            let scalar = scalars[i]
            if scalar.isASCII {
                // Most of what is not Chinese in a name is ASCII: no Unicode property tables for it.
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.unicodeScalars.append(Unicode.Scalar(byte + 32))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.unicodeScalars.append(scalar)
                default:
                    add(word)
                    word = ""
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                add(word)
                word = ""
            }
            i += 1
        }
        add(word)
        self.text = text
        self.full = full
        self.initials = initials
        self.sortKey = sortKey
        isChinese = chinese
    }

    /// Whether `query` (lower-cased, no spaces) is in the full reading or the initials.
    public func matches(_ query: String) -> Bool { full.contains(query) || initials.contains(query) }

    /// Pinyin order (楚 chu < 四 si < 苏 su < 吸 xi < 注 zhu), syllable by syllable, the names breaking ties.
    public static func < (a: PinyinKey, b: PinyinKey) -> Bool { (a.sortKey, a.text) < (b.sortKey, b.text) }
}
