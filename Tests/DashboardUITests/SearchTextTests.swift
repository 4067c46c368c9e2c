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
}
