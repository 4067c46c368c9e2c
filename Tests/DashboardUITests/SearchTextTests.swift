import Testing

@testable import DashboardUI

/// The search text's own lower-casing (plain ASCII byte by byte) gives what `String.lowercased()` gives.
@Suite struct SearchTextTests {
    @Test(arguments: [
        "", "SMP-000123", "smp-000123", "2026-11-27", "Lot A/B 7", "ÉCOLE", "İstanbul", "苏禾康 Vaccine", "ǅ", "ẞ", "MIXED case 42 ~!@[]`{}",
    ])
    func lowerCasingMatchesTheStandardOne(_ word: String) {
        #expect(SearchText.lowercased(word) == word.lowercased())
    }

    @Test func everyAsciiByteLowerCasesAsTheStandardOne() {
        let all = String(decoding: (1...127).map { UInt8($0) }, as: UTF8.self)
        #expect(SearchText.lowercased(all) == all.lowercased())
    }

    /// A row's text, appended in place with words outside ASCII lower-cased once per model, is the parts lower-cased
    /// and joined by U+001F, however often a word recurs.
    @Test func aRowsTextIsItsPartsLowerCasedAndJoined() {
        var search = SearchText()
        let rows: [(words: [String], names: [String])] = [
            (["SMP-1", "", "合格", "Pass", "原液"], ["苏禾康", "", "National Lab"]),
            (["SMP-2", "不合格", "ÉCOLE", "合格"], ["苏禾康"]),
            ([], ["中检院"]), (["", ""], []), (["合格"], []),
        ]
        for _ in 0..<2 {
            for row in rows {
                let parts = row.words.filter { !$0.isEmpty }.map { $0.lowercased() } + row.names.filter { !$0.isEmpty }.map(SearchText.name)
                #expect(search.of(words: row.words, names: row.names) == SearchHaystack(parts.joined(separator: "\u{1F}")))
            }
        }
    }
}
