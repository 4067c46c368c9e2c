import PilotCore

/// The text the `/` filter searches in a row, built once per row with the model: words lower-cased, and names
/// also by their full pinyin and initials (`shk` and `suhekang` find 苏禾康). Filtering stays a substring test
/// per row, so a keystroke reads no pinyin.
struct SearchText {
    /// Each name read once per model: thousands of rows share a few hundred holders, labs and provinces.
    private var read: [String: String] = [:]
    /// Each word outside ASCII lower-cased once per model: the conclusion and segment labels in Chinese recur in
    /// every one of 200k sampling rows, and Unicode's case mapping was a third of building a row's text.
    private var lowered: [String: String] = [:]

    mutating func of(words: [String], names: [String]) -> SearchHaystack {
        // Appended in place as UTF-8, parts apart by U+001F: an array of parts joined into a string, then copied
        // into bytes, allocated three times per row.
        var text: [UInt8] = []
        var first = true
        func add(_ part: String) {
            if !first { text.append(0x1F) }
            text.append(contentsOf: part.utf8)
            first = false
        }
        for word in words where !word.isEmpty {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                add(SearchText.lowercased(word))
            } else if let known = lowered[word] {
                add(known)
            } else {
                let lower = word.lowercased()
                lowered[word] = lower
                add(lower)
            }
        }
        for name in names where !name.isEmpty {
            if let known = read[name] {
                add(known)
            } else {
                let spelled = SearchText.name(name)
                read[name] = spelled
                add(spelled)
            }
        }
        return SearchHaystack(utf8: text)
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
