import PilotCore

/// What a reason is asked for; a record is carried as it was shown when asked, the before-state of the save.
public enum ReasonFor: Equatable, Sendable {
    /// Saving a form despite scheduling conflicts.
    case saveDespiteConflicts
    /// Cancelling an inspection.
    case cancelInspection(Inspection)
    /// Taking back a product's furthest step.
    case stageBack(PilotProduct)

    var question: Bilingual {
        switch self {
        case .saveDespiteConflicts: return Bilingual(zh: "存在冲突，仍要保存？请填写理由：", en: "Save despite the conflicts? Reason: ")
        case .cancelInspection(let i): return Bilingual(zh: "取消检查 \(i.id)？请填写理由：", en: "Cancel inspection \(i.id)? Reason: ")
        case .stageBack(let p): return Bilingual(zh: "撤回 \(p.id) 的最近一步？请填写理由：", en: "Take back \(p.id)'s last step? Reason: ")
        }
    }
}
