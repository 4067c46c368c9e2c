/// The line of a top-level key in a TOML text, which TOMLKit does not give: `key =`, `"key" =`, `key.sub =` or
/// a `[key]` header, the first such line outside the tables (a key under a `[…]` header belongs to that table).
enum KeyLine {
    static func find(_ key: String, in text: String) -> Int? {
        var inTable = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop(while: \.isWhitespace)
            if line.hasPrefix("[") {
                if name(line.drop { $0 == "[" || $0.isWhitespace }, endingAt: "]. ") == key { return n + 1 }
                inTable = true
            } else if !inTable, name(line, endingAt: "=. \t") == key {
                return n + 1
            }
        }
        return nil
    }

    /// The key at the start of `text`, unquoted.
    private static func name(_ text: Substring, endingAt ends: String) -> String {
        let bare = text.prefix { !ends.contains($0) }
        return bare.count >= 2 && (bare.first == "\"" || bare.first == "'") && bare.last == bare.first
            ? String(bare.dropFirst().dropLast()) : String(bare)
    }
}
