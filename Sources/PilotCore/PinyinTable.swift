import Foundation

/// The Mandarin reading of every character of U+4E00–U+9FFF, read once from the bundled `pinyin.txt` (ICU's
/// readings, written by Scripts/pinyin-table.swift), with `PinyinPhrases` over it. A lookup per character: ICU
/// itself costs about 0.4 ms a name, seconds for a national store's names.
struct PinyinTable: Sendable {
    /// The bundled table; empty (names pass through lower-cased) only if the file is missing, which tests catch.
    static let shared = PinyinTable(text: bundled())

    private static let first: UInt32 = 0x4E00
    private static let last: UInt32 = 0x9FFF

    /// Distinct readings; `slots` holds an index into them plus one per code point from `first` (0: none).
    private let readings: [String]
    private let slots: [UInt16]
    /// Overrides by their first character, longest first.
    private let phrases: [Unicode.Scalar: [(scalars: [Unicode.Scalar], syllables: [String])]]

    init(text: String) {
        var readings: [String] = []
        var slots = [UInt16](repeating: 0, count: Int(PinyinTable.last - PinyinTable.first + 1))
        // Lines are "reading characters"; '#' starts a comment line.
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.firstIndex(of: " ") else { continue }
            readings.append(String(line[..<space]))
            for scalar in line[line.index(after: space)...].unicodeScalars {
                guard let slot = PinyinTable.slot(scalar) else { continue }
                slots[slot] = UInt16(readings.count)
            }
        }
        self.readings = readings
        self.slots = slots
        var phrases: [Unicode.Scalar: [(scalars: [Unicode.Scalar], syllables: [String])]] = [:]
        for (phrase, syllables) in PinyinPhrases.readings {
            let scalars = Array(phrase.unicodeScalars)
            guard let head = scalars.first else { continue }
            phrases[head, default: []].append((scalars, syllables))
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
    }

    private static func bundled() -> String {
        guard let url = Bundle.module.url(forResource: "pinyin", withExtension: "txt") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    private static func slot(_ scalar: Unicode.Scalar) -> Int? {
        (first...last).contains(scalar.value) ? Int(scalar.value - first) : nil
    }

    /// Hands `syllable` the reading of the character at `scalars[i]`, or the syllables of an override phrase
    /// starting there, and returns how many characters were read; nil when it is not a character of the table.
    func read(_ scalars: [Unicode.Scalar], at i: Int, _ syllable: (String) -> Void) -> Int? {
        let scalar = scalars[i]
        if let candidates = phrases[scalar] {
            for candidate in candidates where scalars[i...].starts(with: candidate.scalars) {
                candidate.syllables.forEach(syllable)
                return candidate.scalars.count
            }
        }
        guard let slot = PinyinTable.slot(scalar), slots[slot] > 0 else { return nil }
        syllable(readings[Int(slots[slot]) - 1])
        return 1
    }
}
