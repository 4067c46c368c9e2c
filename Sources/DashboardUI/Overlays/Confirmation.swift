import PilotCore

public enum Confirmation: Equatable, Sendable {
    case compact
    /// Deleting the record as it was shown when asked.
    case delete(AnyRecord)

    var question: Bilingual {
        switch self {
        case .compact: return Strings.confirmCompact
        case .delete(let r): return Bilingual(zh: "删除 \(r.kind.rawValue) \(r.id)？", en: "Delete \(r.kind.rawValue) \(r.id)?")
        }
    }
}
