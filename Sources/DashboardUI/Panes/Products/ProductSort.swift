import PilotCore

public enum ProductSort: String, ListSort {
    case id, name, province, stage, findings

    public var label: Bilingual {
        switch self {
        case .id: return Strings.sortID
        case .name: return Strings.sortName
        case .province: return Strings.sortProvince
        case .stage: return Strings.sortStage
        case .findings: return Strings.sortFindings
        }
    }
}
