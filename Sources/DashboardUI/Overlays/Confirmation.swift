import PilotCore

public enum Confirmation: Equatable, Sendable {
    case compact
    /// Quitting while a form holds typed changes.
    case quitLosingForm
    /// Deleting the record as it was shown when asked.
    case delete(AnyRecord)

    var question: Bilingual {
        switch self {
        case .compact: return Strings.confirmCompact
        case .quitLosingForm: return Bilingual(zh: "表单有未保存的修改，仍要退出？", en: "The form has unsaved changes. Quit anyway?")
        case .delete(let r): return Bilingual(zh: "删除 \(r.kind.rawValue) \(r.id)？", en: "Delete \(r.kind.rawValue) \(r.id)?")
        }
    }
}
