import PilotCore

public enum Confirmation: Equatable, Sendable {
    case compact
    /// Quitting while a form holds typed changes.
    case quitLosingForm
    /// Deleting the record as it was shown when asked.
    case delete(AnyRecord)
    /// Replacing a file an export would write.
    case overwrite(ExportRequest)

    var question: Bilingual {
        switch self {
        case .compact: return Strings.confirmCompact
        case .quitLosingForm: return Bilingual(zh: "表单有未保存的修改，仍要退出？", en: "The form has unsaved changes. Quit anyway?")
        case .delete(let r):
            let kind = Strings.kindName(r.kind)
            return Bilingual(zh: "删除\(kind.zh) \(r.id)？", en: "Delete \(kind.en) \(r.id)?")
        case .overwrite(let request): return Bilingual(zh: "\(request.path) 已存在，覆盖？", en: "\(request.path) exists. Replace it?")
        }
    }
}
