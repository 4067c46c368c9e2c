import PilotCore

/// An inspection read straight from the snapshot's tape (`TapeDecodable`): the same fields as `Inspection`'s
/// synthesized `init(from:)`, the legacy ones (`partnerProvinceCode`, `rectificationClosed`) kept as they are.
extension Inspection: TapeDecodable {
    /// The keys, in the order the store writes them (sorted).
    private enum Field: Int, CaseIterable {
        case assessment, conclusion, conflictApprovedBy, defectListReissuedOn, defects, end, holderQualitySystem, id, joint
        case overallAssessment, overallAssessmentOn, partnerProvinceCode, partnerProvinceCodes, productId, reason
        case rectificationClosed, rectificationDue, reportReceivedOn, siteIds, start, status, team, type, unannounced
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var id: String?
        var productId: String?
        var siteIds: [String]?
        var type: InspectionType?
        var unannounced: Bool?
        var joint: Bool?
        var partnerProvinceCode: String?
        var start: CivilDate?
        var end: CivilDate?
        var team: [String]?
        var status: InspectionStatus?
        var defects: Defects?
        var conclusion: OnSiteConclusion?
        var assessment: String?
        var rectificationDue: CivilDate?
        var rectificationClosed: CivilDate?
        var reason: String?
        var conflictApprovedBy: String?
        var holderQualitySystem: Bool?
        var defectListReissuedOn: CivilDate?
        var reportReceivedOn: CivilDate?
        var overallAssessment: OverallAssessment?
        var overallAssessmentOn: CivilDate?
        var partnerProvinceCodes: [String]?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .id: id = try tape.string(v)
            case .productId: productId = try tape.string(v)
            case .siteIds: siteIds = try tape.strings(v)
            case .type: type = try tape.enumeration(v)
            case .unannounced: unannounced = try tape.bool(v)
            case .joint: joint = try tape.bool(v)
            case .partnerProvinceCode: partnerProvinceCode = try tape.optional(v) { try tape.string($0) }
            case .start: start = try tape.civilDate(v)
            case .end: end = try tape.civilDate(v)
            case .team: team = try tape.strings(v)
            case .status: status = try tape.enumeration(v)
            case .defects: defects = try tape.optional(v) { try Defects(tape: tape, at: $0) }
            case .conclusion: conclusion = try tape.optional(v) { try tape.enumeration($0) }
            case .assessment: assessment = try tape.optional(v) { try tape.string($0) }
            case .rectificationDue: rectificationDue = try tape.optional(v) { try tape.civilDate($0) }
            case .rectificationClosed: rectificationClosed = try tape.optional(v) { try tape.civilDate($0) }
            case .reason: reason = try tape.optional(v) { try tape.string($0) }
            case .conflictApprovedBy: conflictApprovedBy = try tape.optional(v) { try tape.string($0) }
            case .holderQualitySystem: holderQualitySystem = try tape.optional(v) { try tape.bool($0) }
            case .defectListReissuedOn: defectListReissuedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .reportReceivedOn: reportReceivedOn = try tape.optional(v) { try tape.civilDate($0) }
            case .overallAssessment: overallAssessment = try tape.optional(v) { try tape.enumeration($0) }
            case .overallAssessmentOn: overallAssessmentOn = try tape.optional(v) { try tape.civilDate($0) }
            case .partnerProvinceCodes: partnerProvinceCodes = try tape.optional(v) { try tape.strings($0) }
            }
        }
        self.init(
            id: try id.required(Field.id), productId: try productId.required(Field.productId), siteIds: try siteIds.required(Field.siteIds),
            type: try type.required(Field.type), unannounced: try unannounced.required(Field.unannounced),
            joint: try joint.required(Field.joint), start: try start.required(Field.start), end: try end.required(Field.end),
            team: try team.required(Field.team), status: try status.required(Field.status), defects: defects, conclusion: conclusion,
            assessment: assessment, rectificationDue: rectificationDue, rectificationClosed: rectificationClosed, reason: reason,
            conflictApprovedBy: conflictApprovedBy)
        // Set as stored, not through `partnerProvinces`, which would normalise an old record's legacy field.
        self.partnerProvinceCode = partnerProvinceCode
        self.partnerProvinceCodes = partnerProvinceCodes
        self.holderQualitySystem = holderQualitySystem
        self.defectListReissuedOn = defectListReissuedOn
        self.reportReceivedOn = reportReceivedOn
        self.overallAssessment = overallAssessment
        self.overallAssessmentOn = overallAssessmentOn
    }
}

extension Defects: TapeDecodable {
    private enum Field: Int, CaseIterable {
        case critical, general, major
    }
    static let tapeFields = TapeFields(Field.self)

    init(tape: JSONTape, at index: Int) throws {
        var critical: Int?
        var major: Int?
        var general: Int?
        try tape.readObject(index, Self.tapeFields) { position, v in
            switch Field(rawValue: position)! {
            case .critical: critical = try tape.int(v)
            case .major: major = try tape.int(v)
            case .general: general = try tape.int(v)
            }
        }
        self.init(
            critical: try critical.required(Field.critical), major: try major.required(Field.major),
            general: try general.required(Field.general))
    }
}

extension InspectionType: TapeEnumeration {
    static let tapeCases = TapeCases<InspectionType>()
}

extension InspectionStatus: TapeEnumeration {
    static let tapeCases = TapeCases<InspectionStatus>()
}

extension OnSiteConclusion: TapeEnumeration {
    static let tapeCases = TapeCases<OnSiteConclusion>()
}

extension OverallAssessment: TapeEnumeration {
    static let tapeCases = TapeCases<OverallAssessment>()
}
