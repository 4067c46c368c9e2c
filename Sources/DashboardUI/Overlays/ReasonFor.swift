import PilotCore

/// What a reason is asked for; a record is carried as it was shown when asked, the before-state of the save.
public enum ReasonFor: Equatable, Sendable {
    /// Saving a form despite scheduling conflicts.
    case saveDespiteConflicts
    /// Cancelling an inspection.
    case cancelInspection(Inspection)
    /// Taking back a product's furthest step.
    case stageBack(PilotProduct)
    /// Deleting a pilot product (a case) or a risk-control measure entered by mistake: the reason goes into the
    /// journal entry.
    case delete(AnyRecord)
    /// Voiding a sampling entered by mistake: it is kept, marked, and counts nowhere.
    case voidSampling(Sampling)

    var question: Bilingual {
        switch self {
        case .saveDespiteConflicts: return Bilingual(zh: "存在冲突，仍要保存？请填写理由：", en: "Save despite the conflicts? Reason: ")
        case .cancelInspection(let i): return Bilingual(zh: "取消检查 \(i.id)？请填写理由：", en: "Cancel inspection \(i.id)? Reason: ")
        case .stageBack(let p): return Bilingual(zh: "撤回 \(p.id) 的最近一步？请填写理由：", en: "Take back \(p.id)'s last step? Reason: ")
        case .delete(let record):
            let kind = Strings.kindName(record.kind)
            return Bilingual(zh: "删除\(kind.zh) \(record.id)？请填写理由：", en: "Delete \(kind.en) \(record.id)? Reason: ")
        case .voidSampling(let s):
            return Bilingual(zh: "作废抽检 \(s.id)（保留记录，不再计入）？请填写理由：", en: "Void sampling \(s.id) (kept, no longer counted)? Reason: ")
        }
    }
}
