import PilotCore
import Testing

@testable import DashboardUI

/// The sampling rows are written byte by byte into one buffer per row; they must hold what the search text of
/// the row's words gives, and the status the store's deadline rules give.
@Suite struct SamplingRowMakerTests {
    /// The words of a sampling's search text and its names (read also in pinyin): what the rows were built from
    /// before `SamplingRowMaker`.
    static func words(_ s: Sampling, _ data: PilotData) -> (words: [String], names: [String]) {
        let p = data.products[id: s.productId]
        let words = [
            s.id, s.productId, p?.nameEn ?? "", s.batch, s.conclusion.rawValue, s.conclusion.label.zh,
            s.conclusion.label.en, s.segment.label.zh, s.segment.label.en, s.sampledOn.description, s.reportNo ?? "",
        ]
        return (words, [p?.name ?? "", s.lab])
    }

    /// A generated store, with samplings whose words take every path: upper case, outside ASCII, empty, an unknown
    /// product, a product whose English name is in upper case or outside ASCII.
    static let data: PilotData = {
        var data = StoreGenerator.make(
            GeneratorSize(products: 6, years: 2, provinces: 3), seed: 5, today: UI.today, reference: bundledReference)
        var renamed = data.products.records[0]
        renamed.nameEn = "ÉCOLE Vaccine İ"
        data.products.upsert(renamed)
        var shouting = data.products.records[1]
        shouting.nameEn = "RABIES VACCINE"
        data.products.upsert(shouting)
        var odd = Array(data.samplings.records.prefix(4))
        odd[0].id = "SMP-ODD-Ä1"
        odd[0].batch = "LOT ẞ-7"
        odd[0].reportNo = nil
        odd[0].productId = renamed.id
        odd[1].id = "SMP-ODD-2"
        odd[1].productId = "P-UNKNOWN"
        odd[1].lab = ""
        odd[2].id = "SMP-ODD-3"
        odd[2].productId = shouting.id
        odd[2].batch = ""
        odd[2].lab = "National Institutes 中检院"
        odd[3].id = "SMP-ODD-4"
        odd[3].sampledOn = CivilDate(year: 987, month: 3, day: 4)!
        odd[3].conclusion = .pending
        for s in odd { data.samplings.upsert(s) }
        return data
    }()

    @Test func textIsTheSearchTextOfTheRowsWords() {
        let data = Self.data
        let rows = DashboardModel.samplingRows(data, today: UI.today, calendar: bundledReference.calendar)
        #expect(rows.count == data.samplings.count)
        var search = SearchText()
        for (row, s) in zip(rows, data.samplings) {
            let (words, names) = Self.words(s, data)
            #expect(row.sampling == s)
            #expect(row.haystack == search.of(words: words, names: names), "\(s.id)")
            #expect(row.status == SamplingStatus(s, deadlines: data.deadlines, today: UI.today, calendar: bundledReference.calendar))
        }
        #expect(rows.contains { $0.sampling.id == "SMP-ODD-2" })
    }

    @Test func aDateIsWrittenAsItsDescription() {
        let dates =
            [CivilDate(year: 2026, month: 11, day: 27)!, CivilDate(year: 987, month: 3, day: 4)!, CivilDate(year: 1, month: 1, day: 1)!]
            + stride(from: -800_000, to: 3_000_000, by: 997).map { CivilDate(dayNumber: $0) }
        // The numbers padded, as `description` always wrote them.
        func padded(_ date: CivilDate) -> String {
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
        }
        for date in dates {
            var bytes: [UInt8] = []
            date.appendDescription(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == padded(date))
            #expect(date.description == padded(date))
        }
    }
}

/// Keys read by their bytes are numbered as a `[String: …]` numbers them: spellings equal as Unicode are one.
@Suite struct CanonicalNumbersTests {
    @Test func equalTextsShareANumberAndTheFirstSpellingNamesIt() {
        let composed = "Lab Zoë 中检院"
        let decomposed = "Lab Zoe\u{308} 中检院"
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        let keys = ["B", decomposed, "A", composed, "B", "", decomposed]
        let numbers = CanonicalNumbers(keys)
        #expect(numbers.values.count == 4)
        #expect(numbers.rows == [0, 1, 2, 1, 0, 3, 1])
        #expect(numbers.values[1].utf8.elementsEqual(decomposed.utf8))
        var dictionary: [String: Int] = [:]
        for key in keys where dictionary[key] == nil { dictionary[key] = dictionary.count }
        #expect(numbers.rows == keys.map { dictionary[$0]! })
    }
}
