import PropertyBased
import Testing

@testable import DashboardUI

/// The corpus answers as testing each row's own text would, however rows were appended, replaced and removed
/// across chunk boundaries, and whatever the terms (Chinese, repeated bytes, a match at a row's edge).
@Suite struct SearchCorpusTests {
    static let words = ["康", "华康", "苏禾康", "shk", "aa", "a", "2026-03", "fail", "不合格", "康康", "x", "抽检", "ab", "ba"]
    static let text = Gen.int(in: 0...(words.count - 1)).array(of: 0...4).map { $0.map { words[$0] }.joined(separator: "\u{1F}") }
    static let edit = zip(Gen.int(in: 0...2), Gen.int(in: 0...999), text)

    @Test func matchesEqualTestingEachRow() async {
        await propertyCheck(count: 200, input: zip(Self.text.array(of: 0...40), Self.edit.array(of: 0...20), Gen.int(in: 0...999))) {
            initial, edits, pick in
            var rows = initial.map(SearchHaystack.init)
            var corpus = SearchCorpus(rows, chunkRows: 4)
            for (kind, at, text) in edits {
                let h = SearchHaystack(text)
                if kind == 0 || rows.isEmpty {
                    rows.append(h)
                    corpus.append(h)
                } else if kind == 1 {
                    rows[at % rows.count] = h
                    corpus.replace(at % rows.count, with: h)
                } else {
                    let position = at % rows.count
                    rows.remove(at: position)
                    corpus.remove(at: position)
                }
            }
            #expect(corpus == SearchCorpus(rows))
            let w = Self.words
            for filter in [w[pick % w.count], "\(w[pick % w.count]) \(w[(pick / 7) % w.count])", "康 a", "ab"] {
                let terms = SearchTerm.terms(filter)
                let expected = rows.map { $0.contains(all: terms) }
                #expect(corpus.matches(all: terms) == expected, "\(filter) in \(rows.map { String(decoding: $0.utf8, as: UTF8.self) })")
                #expect(rows.indices.map { corpus.contains($0, all: terms) } == expected, "\(filter)")
            }
        }
    }
}
