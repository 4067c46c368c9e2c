import PilotCore

/// The text the `/` filter searches in a row, built once per row with the model: words lower-cased, and names
/// also by their full pinyin and initials (`shk` and `suhekang` find 苏禾康). Filtering stays a substring test
/// per row, so a keystroke reads no pinyin.
struct SearchText {
    /// Each name read once per model: thousands of rows share a few hundred holders, labs and provinces.
    private var read: [String: String] = [:]

    mutating func of(words: [String], names: [String]) -> SearchHaystack {
        var parts = words.filter { !$0.isEmpty }.map(SearchText.lowercased)
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

    /// `String.lowercased()`, with plain ASCII (ids, batches, dates, report numbers: most words of 200k sampling
    /// rows) mapped byte by byte instead of through Unicode's case tables.
    static func lowercased(_ word: String) -> String {
        var word = word
        let (ascii, upper) = word.withUTF8 { bytes in
            (bytes.allSatisfy { $0 < 0x80 }, bytes.contains { (0x41...0x5A).contains($0) })
        }
        guard ascii else { return word.lowercased() }
        guard upper else { return word }
        return String(unsafeUninitializedCapacity: word.utf8.count) { out in
            for (i, b) in word.utf8.enumerated() { out[i] = (0x41...0x5A).contains(b) ? b | 0x20 : b }
            return word.utf8.count
        }
    }

    /// One name as the filter reads it: lower-cased, then its full pinyin and initials if it is Chinese.
    static func name(_ name: String) -> String {
        let key = PinyinKey(name)
        return ([name.lowercased()] + (key.isChinese ? [key.full, key.initials] : [])).joined(separator: "\u{1F}")
    }
}
