public enum InspectionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case completed
    case cancelled

    public var label: Bilingual {
        switch self {
        case .planned: return Bilingual(zh: "计划", en: "planned")
        case .inProgress: return Bilingual(zh: "进行中", en: "in progress")
        case .completed: return Bilingual(zh: "已完成", en: "completed")
        case .cancelled: return Bilingual(zh: "已取消", en: "cancelled")
        }
    }
}
