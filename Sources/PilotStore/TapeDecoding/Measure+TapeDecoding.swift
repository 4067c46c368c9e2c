import PilotCore

/// A risk-control measure read straight from the snapshot's tape (`TapeDecodable`): the same fields as `Measure`'s
/// synthesized `init(from:)`, required where it requires them. Through `init(from:)` on the tape decoder a
/// national store's 15,000 measures took about 2 µs each, 28 ms of the open's CPU.
extension Measure: TapeDecodable {
    /// The keys, in the order the store writes them (sorted).
    private enum Field: Int, CaseIterable {
        case answers, closedOn, deadline, decidedBy, decidedOn, evidence, id, kind, needsTesting, owner, productId, status, testReportOn
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var id: String?
        var productId: String?
        var answers: AnsweredFinding?
        var kind: MeasureKind?
        var decidedOn: CivilDate?
        var decidedBy: String?
        var owner: String?
        var deadline: CivilDate?
        var needsTesting: Bool?
        var testReportOn: CivilDate?
        var status: MeasureStatus?
        var closedOn: CivilDate?
        var evidence: String?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .id: id = try tape.string(v)
            case .productId: productId = try tape.string(v)
            case .answers: answers = try AnsweredFinding(tape: tape, at: v)
            case .kind: kind = try tape.enumeration(v)
            case .decidedOn: decidedOn = try tape.civilDate(v)
            case .decidedBy: decidedBy = try tape.string(v)
            case .owner: owner = try tape.string(v)
            case .deadline: deadline = try tape.optional(v) { try tape.civilDate($0) }
            case .needsTesting: needsTesting = try tape.optional(v) { try tape.bool($0) }
            case .testReportOn: testReportOn = try tape.optional(v) { try tape.civilDate($0) }
            case .status: status = try tape.enumeration(v)
            case .closedOn: closedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .evidence: evidence = try tape.optional(v) { try tape.string($0) }
            }
        }
        self.init(
            id: try id.required(Field.id), productId: try productId.required(Field.productId), answers: try answers.required(Field.answers),
            kind: try kind.required(Field.kind), decidedOn: try decidedOn.required(Field.decidedOn),
            decidedBy: try decidedBy.required(Field.decidedBy), owner: try owner.required(Field.owner), deadline: deadline,
            needsTesting: needsTesting, testReportOn: testReportOn, status: try status.required(Field.status), closedOn: closedOn,
            evidence: evidence)
    }
}

extension AnsweredFinding: TapeDecodable {
    private enum Field: Int, CaseIterable {
        case id, kind
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var id: String?
        var kind: Kind?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .id: id = try tape.string(v)
            case .kind: kind = try tape.enumeration(v)
            }
        }
        self.init(try kind.required(Field.kind), try id.required(Field.id))
    }
}

extension MeasureKind: TapeEnumeration {
    static let tapeCases = TapeCases<MeasureKind>()
}

extension MeasureStatus: TapeEnumeration {
    static let tapeCases = TapeCases<MeasureStatus>()
}

extension AnsweredFinding.Kind: TapeEnumeration {
    static let tapeCases = TapeCases<AnsweredFinding.Kind>()
}
