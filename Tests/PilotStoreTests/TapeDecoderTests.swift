import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// The snapshot's fast decoder (`JSONTape` + `TapeDecoder`) reads exactly what Foundation's `JSONDecoder` reads, and
/// anything it refuses goes to Foundation for the decision and the message.
@Suite struct TapeDecoderTests {
    /// The fast path alone: nil when the scan refuses the document or the decode throws.
    func fast<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        guard let tape = JSONTape(bytes) else { return nil }
        return try? tape.decode(type, 0)
    }

    func foundation<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        try? JSONDecoder().decode(type, from: Data(bytes))
    }

    func snapshot(_ data: PilotData) -> Snapshot {
        Snapshot(
            schemaVersion: 1, revision: 3, journalBytes: 900, journalLines: 3, journalHead: String(repeating: "ab", count: 32), data: data)
    }

    /// Every kind of record is there, so the comparison covers each entity's decoding.
    func expectEveryKind(_ data: PilotData, sourceLocation: SourceLocation = #_sourceLocation) {
        for kind in EntityKind.allCases {
            let count: Int
            switch kind {
            case .enterprise: count = data.enterprises.count
            case .site: count = data.sites.count
            case .product: count = data.products.count
            case .staff: count = data.residentStaff.count
            case .inspector: count = data.inspectors.count
            case .inspection: count = data.inspections.count
            case .sampling: count = data.samplings.count
            case .setting: count = data.settings.count
            case .measure: count = data.measures.count
            }
            #expect(count > 0, "no \(kind) records", sourceLocation: sourceLocation)
        }
    }

    func expectSameDecode(_ data: PilotData, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for encoder in [JSONReading.encoder, JSONReading.prettyEncoder] {
            let bytes = Array(try encoder.encode(snapshot(data)))
            let reference = try JSONDecoder().decode(Snapshot.self, from: Data(bytes))
            let decoded = try #require(fast(Snapshot.self, bytes), "the fast path refused a store it wrote", sourceLocation: sourceLocation)
            #expect(decoded.data == reference.data, sourceLocation: sourceLocation)
            #expect(decoded.data == data, sourceLocation: sourceLocation)
            let header: [Int] = [decoded.schemaVersion, decoded.revision, decoded.journalBytes, decoded.journalLines]
            let expected: [Int] = [reference.schemaVersion, reference.revision, reference.journalBytes, reference.journalLines]
            #expect(header == expected, sourceLocation: sourceLocation)
            let head: String = decoded.journalHead
            #expect(head == reference.journalHead, sourceLocation: sourceLocation)
        }
    }

    @Test func demoDataDecodesAsFoundationDoes() throws {
        var data = DemoData.make(today: Sample.today, reference: bundledReference)
        if data.settings.isEmpty { data.settings.upsert(Setting(id: "deadline.labReport", value: "25", reason: "省局通知")) }
        expectEveryKind(data)
        try expectSameDecode(data)
    }

    @Test func generatedStoreDecodesAsFoundationDoes() throws {
        var data = StoreGenerator.make(
            GeneratorSize(products: 12, years: 3, provinces: 4), seed: 11, today: Sample.today, reference: bundledReference)
        if data.settings.isEmpty { data.settings.upsert(Setting(id: "deadline.labReport", value: "25", reason: nil)) }
        expectEveryKind(data)
        try expectSameDecode(data)
    }

    /// The tables decoded ahead on several threads, in runs of whole chunks, are the ones the sequential decode
    /// reads, and the decode takes them (one copy of the data, not two).
    @Test func prefetchedTablesAreTheSequentialOnes() throws {
        let data = StoreGenerator.make(
            GeneratorSize(products: 40, years: 3, provinces: 4), seed: 5, today: Sample.today, reference: bundledReference)
        #expect(data.samplings.count > 2 * Table<Sampling>.chunkSize + 1, "too small a store for several runs of samplings")
        let bytes = Array(try JSONReading.encoder.encode(snapshot(data)))
        let peek = try #require(JSONTape(bytes))
        Snapshot.prefetch.run(peek, cores: 64)
        var name = "samplings"
        let word = try #require(name.withUTF8 { peek.find($0, from: 1, to: peek.next(0)) })
        let samplings = try #require(peek.takePrefetched(word) as? Table<Sampling>)
        #expect(samplings == data.samplings)
        #expect(Array(samplings) == Array(data.samplings))
        #expect(samplings[id: data.samplings[data.samplings.count - 1].id] == data.samplings[data.samplings.count - 1])
        #expect(peek.takePrefetched(word) == nil)

        let tape = try #require(JSONTape(bytes))
        Snapshot.prefetch.run(tape, cores: 4)
        let decoded = try tape.decode(Snapshot.self, 0)
        #expect(decoded.data == data)
        #expect(tape.takePrefetched(word) == nil)
        let viaReading = try JSONReading.decode(Snapshot.self, from: bytes, file: "store.json", prefetch: Snapshot.prefetch)
        #expect(viaReading.data == data)
    }

    /// Journal entries go through the same path (`JSONReading.decode`).
    @Test func journalEntriesDecodeAsFoundationDoes() throws {
        let data = DemoData.make(today: Sample.today, reference: bundledReference)
        let records: [AnyRecord] = [.product(data.products[0]), .inspection(data.inspections[0]), .sampling(data.samplings[0])]
        for record in records {
            let entry = JournalEntry(
                revision: 7, time: "2026-11-26T02:03:04Z", user: "王芳", account: "wang", uid: 1000, action: .update,
                entity: record.kind, id: record.id, before: record, after: record, reason: "复核 \"A\\B\"", conflicts: ["I-1"],
                previousHash: String(repeating: "0", count: 64))
            let bytes = Array(try JSONReading.encoder.encode(entry))
            let decoded = try #require(fast(JournalEntry.self, bytes))
            #expect(decoded == (try JSONDecoder().decode(JournalEntry.self, from: Data(bytes))))
            #expect(decoded == entry)
        }
    }

    @Test func escapesAndNonASCIITextDecodeAsFoundationDoes() throws {
        let json = #"""
            {"id":"S\u0030\u00311","value":"\"q\" \\ \/ \b\f\n\r\t \u4e2d\u6587 中文 \ud83d\ude00 😀 \u0000 \u001f é","reason":"line1\nline2"}
            """#
        let bytes = Array(json.utf8)
        let decoded = try #require(fast(Setting.self, bytes))
        #expect(decoded == foundation(Setting.self, bytes))
        #expect(decoded.id == "S011")
        #expect(decoded.value == "\"q\" \\ / \u{08}\u{0C}\n\r\t 中文 中文 😀 😀 \u{00} \u{1F} é")
    }

    @Test func nullAndMissingOptionalsAndUnknownKeysDecodeAsFoundationDoes() throws {
        let texts = [
            #"{"id":"S1","value":"5"}"#,
            #"{"id":"S1","value":"5","reason":null}"#,
            #"{"id":"S1","value":"5","reason":"r","extra":{"nested":[1,-2.5e3,[true,false,null],{"a":"\u00e9"}]},"more":[]}"#,
            #"{ "id" : "S1" ,"value":"5" , "reason" : "r" }"#,
            "\n\t{\r\n\"id\":\"S1\",\"value\":\"5\"}\n",
            // Duplicate keys: the first wins, with either decoder.
            #"{"id":"S1","value":"5","id":"S2"}"#,
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let decoded = try #require(fast(Setting.self, bytes), "\(text)")
            #expect(decoded == foundation(Setting.self, bytes), "\(text)")
        }
        #expect(fast(Setting.self, Array(texts[0].utf8))?.reason == nil)
        #expect(fast(Setting.self, Array(texts[5].utf8))?.id == "S1")
    }

    @Test func numbersDecodeAsFoundationDoes() throws {
        for (text, critical) in [
            ("0", 0), ("-3", -3), ("42", 42), ("-0", 0), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ] {
            let bytes = Array(#"{"critical":\#(text),"major":1,"general":2}"#.utf8)
            let decoded = try #require(fast(Defects.self, bytes), "\(text)")
            #expect(decoded == foundation(Defects.self, bytes) && decoded.critical == critical, "\(text)")
        }
        // Written as fractions or exponents, or out of range: not the fast path's to judge; `JSONReading` asks
        // Foundation, which reads some of them as integers and refuses the others, as it always did.
        for text in ["1.0", "1e2", "2E+1", "9223372036854775808", "1.5"] {
            let bytes = Array(#"{"critical":\#(text),"major":1,"general":2}"#.utf8)
            #expect(fast(Defects.self, bytes) == nil, "\(text)")
            let viaReading = try? JSONReading.decode(Defects.self, from: bytes, file: "x.json")
            #expect(viaReading == foundation(Defects.self, bytes), "\(text)")
        }
    }

    /// Records written by older versions: their legacy fields are mapped by the entities' own `init(from:)`.
    @Test func legacyFieldsAreMappedAsFoundationDoes() throws {
        let product = #"""
            {"id":"P1","name":"老品种","holderId":"E1","category":"multivalent-vaccine","jointPlan":true,
             "documentsNameBothAddresses":true,"segments":[{"segment":"drug-substance","siteId":"S1"}],
             "steps":[{"stage":"summary","date":"2025-03-01"},{"stage":"marketing-authorisation","date":"2024-01-02"}]}
            """#
        let inspection = #"""
            {"id":"I1","productId":"P1","siteIds":["S1"],"type":"routine","unannounced":false,"joint":true,
             "partnerProvinceCode":"320000","start":"2025-01-02","end":"2025-01-03","team":[],"status":"completed",
             "rectificationDue":"2025-02-01","rectificationClosed":"2025-01-20"}
            """#
        let productBytes = Array(product.utf8)
        let p = try #require(fast(PilotProduct.self, productBytes))
        #expect(p == foundation(PilotProduct.self, productBytes))
        #expect(p.isVaccine && p.legacyJointPlan == true && p.licenceNamesBothAddresses == true && p.certificateNamesBothAddresses == true)
        #expect(p.steps.first?.stage == .enterpriseAssessment)
        let inspectionBytes = Array(inspection.utf8)
        let i = try #require(fast(Inspection.self, inspectionBytes))
        #expect(i == foundation(Inspection.self, inspectionBytes))
        #expect(i.partnerProvinces == ["320000"] && i.rectificationReportReceivedOn == CivilDate("2025-01-20"))
    }

    /// Random text, control characters, quotes, backslashes, CJK and astral characters included, survives encode →
    /// fast decode unchanged.
    @Test func randomTextRoundTrips() throws {
        var random = SplitMix64(seed: 15)
        let pool: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7E, 0x80...0x7FF, 0x4E00...0x9FFF, 0xE000...0xFFFD, 0x1F600...0x1F64F, 0x10000...0x10FFFF,
        ]
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 24) {
                let range = pool[Int(random.next() % UInt64(pool.count))]
                let value = range.lowerBound + UInt32(random.next() % UInt64(range.count))
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            let text = String(scalars)
            let setting = Setting(id: text, value: text + "\"\\", reason: text.isEmpty ? nil : text)
            let bytes = Array(try JSONReading.encoder.encode(setting))
            #expect(fast(Setting.self, bytes) == setting, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// What the scan refuses, Foundation judges: these are all refused by the fast path, and `JSONReading` still
    /// gives today's messages (the file, the line and column or the field, and what is wrong).
    @Test func malformedInputGetsTodaysMessages() throws {
        let good = #"{"id":"S1","value":"5","reason":"r"}"#
        let cases: [(String, String, String)] = [
            (String(good.dropLast(3)), "line 1, column 34", "unexpected end of file inside a string (the file is truncated)"),
            (String(good.dropLast()), "line 1, column 36", "unexpected end of file (the file is truncated)"),
            (good.replacingOccurrences(of: #""5""#, with: "5"), "value", "wrong type, expected text"),
            (good.replacingOccurrences(of: #""r""#, with: #""\x""#), "line 1, column 35", "bad escape"),
            (good.replacingOccurrences(of: #""r""#, with: #""\u12G4""#), "line 1, column 38", "bad \\u escape"),
            (good.replacingOccurrences(of: #","value":"5""#, with: ""), "value", #"required field "value" is missing"#),
            (good + "x", "line 1, column 37", "unexpected text after the end of the JSON value"),
        ]
        for (text, position, reason) in cases {
            let bytes = Array(text.utf8)
            #expect(fast(Setting.self, bytes) == nil, "\(text)")
            do {
                _ = try JSONReading.decode(Setting.self, from: bytes, file: "store.json")
                Issue.record("decoded \(text)")
            } catch {
                #expect(error.file == "store.json", "\(text)")
                #expect(error.position == position, "\(text): \(error)")
                #expect(error.reason.hasPrefix(reason), "\(text): \(error)")
            }
        }
    }

    @Test func invalidUTF8InsideAStringIsRefusedByTheScan() {
        var bytes = Array(#"{"id":"S1","value":"中"}"#.utf8)
        #expect(fast(Setting.self, bytes) != nil)
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF4, 0x90, 0x80, 0x80]] {
            bytes = Array(#"{"id":"S1","value":""#.utf8) + bad + Array(#""}"#.utf8)
            #expect(JSONTape(bytes) == nil, "\(bad)")
        }
    }
}
