import Foundation
import PilotCore
import PropertyBased
import Testing

@testable import PilotStore

/// The records read straight from the tape (`TapeDecodable`: samplings, inspections, measures and what they hold) are the ones
/// their `Codable` init reads, field by field, and where that init fails the fast read fails too, so opening a
/// store gives today's message.
@Suite struct TapeFastDecodeTests {
    /// The fast read of one encoded record, or nil when it throws.
    static func fast<T: TapeDecodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        guard let tape = JSONTape(bytes) else { return nil }
        return try? T(tape: tape, at: 0)
    }

    /// Whether the table `key` of the snapshot on `tape` was decoded ahead (`TapePrefetch`), taking it.
    static func prefetched(_ tape: JSONTape, _ key: String) -> Bool {
        var name = key
        guard let word = name.withUTF8({ tape.find($0, from: 1, to: tape.next(0)) }) else { return false }
        return tape.takePrefetched(word) != nil
    }

    static func codable<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        try? JSONDecoder().decode(type, from: Data(bytes))
    }

    /// Both reads of `value` once encoded, compact and pretty: equal to each other and to `value`.
    static func expectBothReadsEqual<T: TapeDecodable & Codable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation)
    {
        for encoder in [JSONReading.encoder, JSONReading.prettyEncoder] {
            guard let bytes = try? Array(encoder.encode(value)) else {
                Issue.record("\(value) does not encode", sourceLocation: sourceLocation)
                return
            }
            let fast = Self.fast(T.self, bytes)
            #expect(fast == value, "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
            #expect(fast == Self.codable(T.self, bytes), sourceLocation: sourceLocation)
        }
    }

    // MARK: Random records

    static let glyphs: [Character] = ["a", "Z", "7", " ", "原", "液", "，", "\"", "\\", "/", "\n", "\u{1}", "é", "👍"]
    static let text = Gen<Character?>.element(of: glyphs).map { $0! }.string(of: 0...12)

    static func date(_ day: Int) -> CivilDate { CivilDate(dayNumber: day) }

    /// `n` modulo `k`, never negative (drawn days are).
    static func mod(_ n: Int, _ k: Int) -> Int { (n % k + k) % k }

    /// A sampling from drawn text, days and flags; every flag set gives every optional field a value.
    static func sampling(_ t: [String], _ d: [Int], _ f: [Bool]) -> Sampling {
        var s = Sampling(
            id: t[0], productId: t[1], segment: Segment.allCases[mod(d[0], 2)], batch: t[2], sampledOn: date(d[0]),
            place: f[0] ? t[3] : nil,
            samplingUnit: f[1] ? t[4] : nil, lab: t[5], receivedOn: f[2] ? date(d[1]) : nil, testItems: f[3] ? t[6] : nil,
            reportNo: f[4] ? t[7] : nil, reportDate: f[5] ? date(d[2]) : nil, conclusion: SamplingConclusion.allCases[mod(d[3], 3)],
            retest: f[6] ? Retest(requestedOn: date(d[4]), result: f[7] ? SamplingConclusion.allCases[mod(d[5], 3)] : nil) : nil,
            commissioned: f[8])
        s.requestedOn = f[9] ? date(d[5]) : nil
        s.reportDueExtendedTo = f[10] ? date(d[6]) : nil
        s.reportServedOn = f[11] ? date(d[7]) : nil
        s.voided = f[12] ? SamplingVoid(date: date(d[8]), reason: t[8]) : nil
        return s
    }

    /// An inspection from drawn text, days and flags; every flag set gives every optional field a value.
    static func inspection(_ t: [String], _ d: [Int], _ f: [Bool]) -> Inspection {
        var i = Inspection(
            id: t[0], productId: t[1], siteIds: Array(t[2...(2 + mod(d[0], 3))]), type: InspectionType.allCases[mod(d[1], 5)],
            unannounced: f[0],
            joint: f[1], start: date(d[0]), end: date(d[1]), team: Array(t[5..<(5 + mod(d[2], 4))]),
            status: InspectionStatus.allCases[mod(d[2], 4)],
            defects: f[2] ? Defects(critical: d[3] - 20_000, major: d[4], general: d[5]) : nil,
            conclusion: f[3] ? OnSiteConclusion.allCases[mod(d[3], 3)] : nil, assessment: f[4] ? t[9] : nil,
            rectificationDue: f[5] ? date(d[4]) : nil, rectificationClosed: f[6] ? date(d[5]) : nil, reason: f[7] ? t[10] : nil,
            conflictApprovedBy: f[8] ? t[11] : nil)
        i.partnerProvinceCode = f[9] ? t[3] : nil
        i.partnerProvinceCodes = f[10] ? Array(t[4..<(4 + mod(d[6], 3))]) : nil
        i.holderQualitySystem = f[11] ? f[0] : nil
        i.defectListReissuedOn = f[12] ? date(d[6]) : nil
        i.reportReceivedOn = f[13] ? date(d[7]) : nil
        i.overallAssessment = f[14] ? OverallAssessment.allCases[mod(d[7], 2)] : nil
        i.overallAssessmentOn = f[15] ? date(d[8]) : nil
        return i
    }

    /// A risk-control measure from drawn text, days and flags; every flag set gives every optional field a value.
    static func measure(_ t: [String], _ d: [Int], _ f: [Bool]) -> Measure {
        Measure(
            id: t[0], productId: t[1], answers: AnsweredFinding(AnsweredFinding.Kind.allCases[mod(d[0], 2)], t[2]),
            kind: MeasureKind.allCases[mod(d[1], MeasureKind.allCases.count)], decidedOn: date(d[2]), decidedBy: t[3], owner: t[4],
            deadline: f[0] ? date(d[3]) : nil, needsTesting: f[1] ? f[2] : nil, testReportOn: f[3] ? date(d[4]) : nil,
            status: MeasureStatus.allCases[mod(d[5], MeasureStatus.allCases.count)], closedOn: f[4] ? date(d[6]) : nil,
            evidence: f[5] ? t[5] : nil)
    }

    static let days = Gen.int(in: -20_000...40_000).array(of: 9)

    @Test func randomSamplingsReadAsCodableReadsThem() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 9), Self.days, Gen.bool.array(of: 13)) { t, d, f in
            Self.expectBothReadsEqual(Self.sampling(t, d, f))
        }
    }

    @Test func randomInspectionsReadAsCodableReadsThem() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 12), Self.days, Gen.bool.array(of: 16)) { t, d, f in
            Self.expectBothReadsEqual(Self.inspection(t, d, f))
        }
    }

    @Test func randomMeasuresReadAsCodableReadsThem() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 6), Self.days, Gen.bool.array(of: 6)) { t, d, f in
            Self.expectBothReadsEqual(Self.measure(t, d, f))
        }
    }

    // MARK: Every field read

    /// The stored properties of a value, by name, and whether each holds a value (an optional one may be nil).
    static func properties(_ value: Any) -> [String: Bool] {
        var found: [String: Bool] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            found[label] = "\(child.value)" != "nil"
        }
        return found
    }

    static func names(_ fields: TapeFields) -> Set<String> { Set((0..<fields.count).map(fields.name)) }

    /// A property added to one of these types and not to its fast read fails here: the read's keys are the
    /// type's stored properties (the synthesized `Codable` keys), every one of them.
    @Test func theFastReadsReadEveryStoredProperty() {
        let t = (0..<12).map { "t\($0)" }
        let d = Array(1...9)
        let all = Array(repeating: true, count: 16)
        let sampling = Self.sampling(t, d, all)
        let inspection = Self.inspection(t, d, all)
        let measure = Self.measure(t, d, all)
        let values: [(Any, TapeFields)] = [
            (sampling, Sampling.tapeFields), (sampling.retest!, Retest.tapeFields), (sampling.voided!, SamplingVoid.tapeFields),
            (inspection, Inspection.tapeFields), (inspection.defects!, Defects.tapeFields), (measure, Measure.tapeFields),
            (measure.answers, AnsweredFinding.tapeFields),
        ]
        for (value, fields) in values {
            let properties = Self.properties(value)
            #expect(Set(properties.keys) == Self.names(fields), "\(type(of: value))")
            #expect(properties.values.allSatisfy { $0 }, "\(type(of: value)): a property the fully populated value leaves nil")
        }
        // Fully populated, each field once: a field read into the wrong property, or not kept, differs here.
        Self.expectBothReadsEqual(sampling)
        Self.expectBothReadsEqual(inspection)
        Self.expectBothReadsEqual(measure)
    }

    /// A generated store's tables, decoded ahead on every core through the fast reads, are the `Codable` ones.
    @Test func aGeneratedStoresTablesReadAsCodableReadsThem() throws {
        let data = StoreGenerator.make(
            GeneratorSize(products: 30, years: 3, provinces: 4), seed: 23, today: Sample.today, reference: bundledReference)
        #expect(data.samplings.count > Table<Sampling>.chunkSize && data.inspections.count > 100)
        let snapshot = Snapshot(
            schemaVersion: 1, revision: 1, journalBytes: 0, journalLines: 0, journalHead: String(repeating: "0", count: 64), data: data)
        let bytes = Array(try JSONReading.encoder.encode(snapshot))
        let reference = try JSONDecoder().decode(Snapshot.self, from: Data(bytes))
        let tape = try #require(JSONTape(bytes))
        Snapshot.prefetch.run(tape, cores: 4)
        var samplings = "samplings"
        var inspections = "inspections"
        let samplingsWord = try #require(samplings.withUTF8 { tape.find($0, from: 1, to: tape.next(0)) })
        let inspectionsWord = try #require(inspections.withUTF8 { tape.find($0, from: 1, to: tape.next(0)) })
        let fastSamplings = try #require(tape.takePrefetched(samplingsWord) as? Table<Sampling>)
        let fastInspections = try #require(tape.takePrefetched(inspectionsWord) as? Table<Inspection>)
        #expect(Array(fastSamplings) == Array(reference.data.samplings))
        #expect(Array(fastInspections) == Array(reference.data.inspections))
        #expect(fastSamplings == data.samplings && fastInspections == data.inspections)
        var measures = "measures"
        let measuresWord = try #require(measures.withUTF8 { tape.find($0, from: 1, to: tape.next(0)) })
        let fastMeasures = try #require(tape.takePrefetched(measuresWord) as? Table<Measure>)
        #expect(!fastMeasures.isEmpty)
        #expect(Array(fastMeasures) == Array(reference.data.measures) && fastMeasures == data.measures)
    }

    // MARK: What the Codable init refuses or ignores

    static let sampling = #"""
        {"batch":"B1","commissioned":false,"conclusion":"pass","id":"SMP1","lab":"中检院","productId":"P1","sampledOn":"2025-03-01","segment":"drug-product"}
        """#

    /// Each edit of a good sampling: the fast read refuses exactly what `JSONDecoder` refuses, and reads the same
    /// value from the rest (unknown keys skipped, the first of duplicate keys kept, null optionals nil).
    @Test func editedRecordsAreRefusedOrReadAsCodableDoes() throws {
        let edits: [(String, String)] = [
            (#""lab":"中检院","#, ""), // a required field missing
            (#""commissioned":false"#, #""commissioned":"no""#), // wrong type
            (#""commissioned":false"#, #""commissioned":null"#), // null where required
            (#""segment":"drug-product""#, #""segment":"vial""#), // not one of the values
            (#""segment":"drug-product""#, #""segment":"drug-produc""#), (#""conclusion":"pass""#, #""conclusion":"Pass""#),
            (#""conclusion":"pass""#, #""conclusion":"""#), (#""conclusion":"pass""#, #""conclusion":1"#),
            (#""segment":"drug-product""#, #""segment":"drug\u002dproduct""#), // escaped: read as the text it spells
            (#""sampledOn":"2025-03-01""#, #""sampledOn":"2025-02-30""#), // not a date
            (#""sampledOn":"2025-03-01""#, #""sampledOn":20250301"#),
            (#""id":"SMP1""#, #""id":"SMP1","colour":{"a":[1,2,{"b":null}]},"lab2":"x""#), // unknown keys
            (#""id":"SMP1""#, #""id":"SMP1","id":"SMP2","lab":7"#), // duplicates: the first wins
            (#""id":"SMP1""#, #""id":"SMP1","place":null,"place":"x""#),
            (#""id":"SMP1""#, #""id":"SMP1","retest":{"requestedOn":"2025-04-01","result":null}"#),
            (#""id":"SMP1""#, #""id":"SMP1","retest":{"result":"fail"}"#),
            (#""id":"SMP1""#, #""id":"SMP1","voided":{"date":"2025-04-01"}"#),
            (#""id":"SMP1""#, #""id":"SMP1","voided":null,"reportNo":null"#),
            (#""id":"SMP1""#, #""id":"SMP1","receivedOn":"2025-04-01","reportServedOn":"2025-05-01""#),
        ]
        #expect(Self.fast(Sampling.self, Array(Self.sampling.utf8)) != nil)
        for (from, to) in edits {
            let text = Self.sampling.replacingOccurrences(of: from, with: to)
            #expect(text != Self.sampling)
            let bytes = Array(text.utf8)
            #expect(Self.fast(Sampling.self, bytes) == Self.codable(Sampling.self, bytes), "\(text)")
        }
        let inspection = #"""
            {"end":"2025-01-03","id":"I1","joint":false,"productId":"P1","siteIds":["S1"],"start":"2025-01-02","status":"completed","team":["U1"],"type":"routine","unannounced":false}
            """#
        let inspectionEdits: [(String, String)] = [
            (#""siteIds":["S1"]"#, #""siteIds":["S1",null]"#), (#""siteIds":["S1"]"#, #""siteIds":"S1""#),
            (#""team":["U1"],"#, ""), (#""joint":false"#, #""joint":false,"defects":{"critical":1,"major":2}"#),
            (#""joint":false"#, #""joint":false,"defects":{"critical":1.5,"major":2,"general":0}"#),
            (#""joint":false"#, #""joint":false,"defects":{"critical":-1,"major":2,"general":0,"minor":9}"#),
            (#""joint":false"#, #""joint":false,"partnerProvinceCode":"320000","partnerProvinceCodes":[]"#),
            (#""status":"completed""#, #""status":"complete""#), (#""type":"routine""#, #""type":"routin\u0065""#),
            (#""joint":false"#, #""joint":false,"conclusion":"compliant","overallAssessment":null"#),
            (#""joint":false"#, #""joint":false,"conclusion":"Compliant""#),
        ]
        #expect(Self.fast(Inspection.self, Array(inspection.utf8)) != nil)
        let measure = #"""
            {"answers":{"id":"SMP1","kind":"sampling"},"decidedBy":"局","decidedOn":"2025-01-02","id":"M1","kind":"recall","owner":"U1","productId":"P1","status":"open"}
            """#
        let measureEdits: [(String, String)] = [
            (#""owner":"U1","#, ""), (#""status":"open""#, #""status":null"#), (#""kind":"recall""#, #""kind":"recal""#),
            (#""kind":"sampling""#, #""kind":"audit""#), (#""answers":{"id":"SMP1","kind":"sampling"}"#, #""answers":"SMP1""#),
            (#","kind":"sampling""#, ""), (#""id":"M1""#, #""id":"M1","evidence":null,"deadline":"2025-02-01","needsTesting":true"#),
            (#""id":"M1""#, #""id":"M1","needsTesting":"yes""#), (#""id":"M1""#, #""id":"M1","closedOn":"2025-02-30""#),
        ]
        #expect(Self.fast(Measure.self, Array(measure.utf8)) != nil)
        for (from, to) in measureEdits {
            let text = measure.replacingOccurrences(of: from, with: to)
            #expect(text != measure)
            let bytes = Array(text.utf8)
            #expect(Self.fast(Measure.self, bytes) == Self.codable(Measure.self, bytes), "\(text)")
        }
        for (from, to) in inspectionEdits {
            let text = inspection.replacingOccurrences(of: from, with: to)
            #expect(text != inspection)
            let bytes = Array(text.utf8)
            #expect(Self.fast(Inspection.self, bytes) == Self.codable(Inspection.self, bytes), "\(text)")
        }
    }

    /// A store whose sampling or inspection is damaged opens with the message the `Codable` decode gives (the
    /// record's place and the reason), and one with an unknown key opens.
    @Test func aDamagedRecordGivesTodaysMessageOnOpen() throws {
        let data = StoreGenerator.make(
            GeneratorSize(products: 12, years: 2, provinces: 3), seed: 4, today: Sample.today, reference: bundledReference)
        let damages: [(table: String, key: String, value: Any?, message: String)] = [
            ("samplings", "lab", nil, #"samplings[3].lab: required field "lab" is missing"#),
            ("samplings", "commissioned", "no", "samplings[3].commissioned: wrong type"),
            ("inspections", "siteIds", [1], "inspections[3].siteIds[0]: wrong type"),
            ("inspections", "status", "done", "inspections[3].status"),
        ]
        for damage in damages {
            let dir = TempDir()
            _ = try DirectoryStore.create(dir.path, data: data, user: "t", reason: "fixture")
            var snapshot = try #require(try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as? [String: Any])
            var table = try #require(snapshot[damage.table] as? [[String: Any]])
            table[3][damage.key] = damage.value
            snapshot[damage.table] = table
            let bytes = Array(try JSONSerialization.data(withJSONObject: snapshot, options: [.sortedKeys]))
            dir.write("store.json", bytes)
            // Decoded ahead on several cores whatever this machine has: the damaged table is refused there and
            // left to the sequential decode; the other is taken.
            let tape = try #require(JSONTape(bytes))
            Snapshot.prefetch.run(tape, cores: 4)
            let other = damage.table == "samplings" ? "inspections" : "samplings"
            #expect(Self.prefetched(tape, damage.table) == false, "\(damage)")
            #expect(Self.prefetched(tape, other) == true, "\(damage)")
            do {
                _ = try DirectoryStore.open(dir.path)
                Issue.record("opened a store with \(damage)")
            } catch {
                #expect(error.kind == .unreadable && error.file?.hasSuffix("store.json") == true, "\(error)")
                #expect(error.description.contains(damage.message), "\(error)")
                // The same words as the decode without the fast reads (one core: no tables decoded ahead).
                do {
                    _ = try JSONReading.decode(Snapshot.self, from: bytes, file: error.file ?? "")
                    Issue.record("decoded a store with \(damage)")
                } catch let plain {
                    #expect(plain.description == error.description)
                }
            }
        }
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: data, user: "t", reason: "fixture")
        var snapshot = try #require(try JSONSerialization.jsonObject(with: Data(dir.bytes("store.json"))) as? [String: Any])
        var samplings = try #require(snapshot["samplings"] as? [[String: Any]])
        samplings[3]["colour"] = ["blue", 1]
        snapshot["samplings"] = samplings
        dir.write("store.json", Array(try JSONSerialization.data(withJSONObject: snapshot, options: [.sortedKeys])))
        let store = try DirectoryStore.open(dir.path)
        #expect(store.data.samplings == data.samplings)
    }
}
