import PilotCore

/// The text the `/` filter searches in a row, built once per row with the model: words lower-cased, and names
/// also by their full pinyin and initials (`shk` and `suhekang` find 苏禾康). Filtering stays a substring test
/// per row, so a keystroke reads no pinyin.
struct SearchText {
    /// Each name read once per model: thousands of rows share a few hundred holders, labs and provinces.
    private var read: [String: String] = [:]

    mutating func of(words: [String], names: [String]) -> SearchHaystack {
        var parts = words.filter { !$0.isEmpty }.map { $0.lowercased() }
        for name in names where !name.isEmpty {
            if let known = read[name] {
                parts.append(known)
            } else {
                let text = SearchText.name(name)
                read[name] = text
                parts.append(text)
            }
        }
        return SearchHaystack(parts.joined(separator: "\u{1F}"))
    }

    /// One name as the filter reads it: lower-cased, then its full pinyin and initials if it is Chinese.
    static func name(_ name: String) -> String {
        let key = PinyinKey(name)
        return ([name.lowercased()] + (key.isChinese ? [key.full, key.initials] : [])).joined(separator: "\u{1F}")
    }
}
