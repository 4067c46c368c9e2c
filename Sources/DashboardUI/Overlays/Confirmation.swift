import PilotCore

public enum Confirmation: Equatable, Sendable {
    case compact
    /// Quitting while a form holds typed changes.
    case quitLosingForm
    /// Deleting the record as it was shown when asked.
    case delete(AnyRecord)
    /// Replacing a file an export would write.
    case overwrite(ExportRequest)
    /// Saving the open schedule form although the inspection starts on this past day.
    case saveStartingInPast(CivilDate)

    var question: Bilingual {
        switch self {
        case .compact: return Strings.confirmCompact
        case .quitLosingForm: return Bilingual(zh: "表单有未保存的修改，仍要退出？", en: "The form has unsaved changes. Quit anyway?")
        case .delete(let r):
            let kind = Strings.kindName(r.kind)
            return Bilingual(zh: "删除\(kind.zh) \(r.id)？", en: "Delete \(kind.en) \(r.id)?")
        case .overwrite(let request): return Bilingual(zh: "\(request.path) 已存在，覆盖？", en: "\(request.path) exists. Replace it?")
        case .saveStartingInPast(let start):
            return Bilingual(zh: "开始日期 \(start) 已过去，仍要登记？", en: "The start, \(start), is in the past. Record it anyway?")
        }
    }
}
