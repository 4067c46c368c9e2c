import PilotCore

/// A sampling read straight from the snapshot's tape (`TapeDecodable`): the same fields as `Sampling`'s
/// synthesized `init(from:)`, required where it requires them.
extension Sampling: TapeDecodable {
    /// The keys, in the order the store writes them (sorted).
    private enum Field: Int, CaseIterable {
        case batch, commissioned, conclusion, id, lab, place, productId, receivedOn, reportDate, reportDueExtendedTo, reportNo
        case reportServedOn, requestedOn, retest, sampledOn, samplingUnit, segment, testItems, voided
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var id: String?
        var productId: String?
        var segment: Segment?
        var batch: String?
        var sampledOn: CivilDate?
        var place: String?
        var samplingUnit: String?
        var lab: String?
        var receivedOn: CivilDate?
        var testItems: String?
        var reportNo: String?
        var reportDate: CivilDate?
        var conclusion: SamplingConclusion?
        var retest: Retest?
        var commissioned: Bool?
        var requestedOn: CivilDate?
        var reportDueExtendedTo: CivilDate?
        var reportServedOn: CivilDate?
        var voided: SamplingVoid?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .id: id = try tape.string(v)
            case .productId: productId = try tape.string(v)
            case .segment: segment = try tape.enumeration(v)
            case .batch: batch = try tape.string(v)
            case .sampledOn: sampledOn = try tape.civilDate(v)
            case .place: place = try tape.optional(v) { try tape.string($0) }
            case .samplingUnit: samplingUnit = try tape.optional(v) { try tape.string($0) }
            case .lab: lab = try tape.string(v)
            case .receivedOn: receivedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .testItems: testItems = try tape.optional(v) { try tape.string($0) }
            case .reportNo: reportNo = try tape.optional(v) { try tape.string($0) }
            case .reportDate: reportDate = try tape.optional(v) { try tape.civilDate($0) }
            case .conclusion: conclusion = try tape.enumeration(v)
            case .retest: retest = try tape.optional(v) { try Retest(tape: tape, at: $0) }
            case .commissioned: commissioned = try tape.bool(v)
            case .requestedOn: requestedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .reportDueExtendedTo: reportDueExtendedTo = try tape.optional(v) { try tape.civilDate($0) }
            case .reportServedOn: reportServedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .voided: voided = try tape.optional(v) { try SamplingVoid(tape: tape, at: $0) }
            }
        }
        self.init(
            id: try id.required(Field.id), productId: try productId.required(Field.productId), segment: try segment.required(Field.segment),
            batch: try batch.required(Field.batch), sampledOn: try sampledOn.required(Field.sampledOn), place: place,
            samplingUnit: samplingUnit, lab: try lab.required(Field.lab), receivedOn: receivedOn, testItems: testItems,
            reportNo: reportNo, reportDate: reportDate, conclusion: try conclusion.required(Field.conclusion), retest: retest,
            commissioned: try commissioned.required(Field.commissioned))
        self.requestedOn = requestedOn
        self.reportDueExtendedTo = reportDueExtendedTo
        self.reportServedOn = reportServedOn
        self.voided = voided
    }
}

extension Retest: TapeDecodable {
    private enum Field: Int, CaseIterable {
        case requestedOn, result
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var requestedOn: CivilDate?
        var result: SamplingConclusion?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .requestedOn: requestedOn = try tape.civilDate(v)
            case .result: result = try tape.optional(v) { try tape.enumeration($0) }
            }
        }
        self.init(requestedOn: try requestedOn.required(Field.requestedOn), result: result)
    }
}

extension SamplingVoid: TapeDecodable {
    private enum Field: Int, CaseIterable {
        case date, reason
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var date: CivilDate?
        var reason: String?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .date: date = try tape.civilDate(v)
            case .reason: reason = try tape.string(v)
            }
        }
        self.init(date: try date.required(Field.date), reason: try reason.required(Field.reason))
    }
}

extension Segment: TapeEnumeration {
    static let tapeCases = TapeCases<Segment>()
}

extension SamplingConclusion: TapeEnumeration {
    static let tapeCases = TapeCases<SamplingConclusion>()
}
