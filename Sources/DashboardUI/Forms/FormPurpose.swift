import PilotCore

/// What a form is for; it also says which kind of form handles its keys.
public enum FormPurpose: Equatable, Sendable {
    case newInspection
    case editInspection(String)
    case completeInspection(String)
    case newSampling
    case editSampling(String)
    case newRecord(EntityKind, String)
    case editRecord(EntityKind, String)
    case stageStep(String)
    case newMeasure
    case editMeasure(String)

    /// The kind of form that checks and saves a form of this purpose.
    var kind: any FormKind.Type {
        switch self {
        case .newInspection, .editInspection: InspectionForms.self
        case .completeInspection: CompletionForm.self
        case .newSampling, .editSampling: SamplingForms.self
        case .newRecord, .editRecord: RecordForms.self
        case .stageStep: StageForm.self
        case .newMeasure, .editMeasure: MeasureForms.self
        }
    }

    /// For record forms: the kind and id, as a new-record target (edits keep their id).
    var recordTarget: FormPurpose? {
        switch self {
        case .newRecord(let kind, let id), .editRecord(let kind, let id): return .newRecord(kind, id)
        default: return nil
        }
    }
}
