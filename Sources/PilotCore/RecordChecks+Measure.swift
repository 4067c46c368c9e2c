extension RecordChecks {
    /// A risk-control measure: its product, the finding it answers (of that product), who owns it, and dates
    /// and closure that hang together.
    public static func measure(_ m: Measure, _ data: PilotData, today: CivilDate) -> [Problem<MeasureField>] {
        var out: [Problem<MeasureField>] = []
        if data.products[id: m.productId] == nil {
            out.append(error(.productId, "品种 \(m.productId) 不存在", "no product \(m.productId)"))
        }
        let findingProduct: String?
        switch m.answers.kind {
        case .inspection: findingProduct = data.inspections[id: m.answers.id]?.productId
        case .sampling: findingProduct = data.samplings[id: m.answers.id]?.productId
        }
        let what = m.answers.kind.label
        if m.answers.id.trimmed.isEmpty {
            out.append(error(.answers, "请选择所针对的检查或抽检", "choose the inspection or sampling it answers"))
        } else if let owner = findingProduct {
            if owner != m.productId {
                out.append(
                    error(.answers, "\(what.zh) \(m.answers.id) 属于品种 \(owner)", "\(what.en) \(m.answers.id) belongs to product \(owner)"))
            }
        } else {
            out.append(error(.answers, "\(what.zh) \(m.answers.id) 不存在", "no \(what.en) \(m.answers.id)"))
        }
        if m.decidedBy.trimmed.isEmpty { out.append(error(.decidedBy, "必填", "required")) }
        if m.owner.trimmed.isEmpty { out.append(error(.owner, "必填", "required")) }
        if m.decidedOn > today { out.append(error(.decidedOn, "晚于今天", "after today")) }
        out += measureDeadline(m)
        out += measureClosure(m, today: today)
        return out
    }

    private static func measureDeadline(_ m: Measure) -> [Problem<MeasureField>] {
        var out: [Problem<MeasureField>] = []
        if m.kind.hasStatutoryDeadline {
            if m.deadline != nil {
                out.append(warning(.deadline, "期限按法定规则计算，录入的日期不用", "the deadline is computed by law; the date entered is not used"))
            }
            if m.needsTesting != true, m.testReportOn != nil {
                out.append(error(.testReportOn, "仅在需要检验时填写", "only when testing is needed"))
            }
            if let report = m.testReportOn, report < m.decidedOn {
                out.append(error(.testReportOn, "早于查封、扣押日期", "before the seizure"))
            }
        } else {
            if m.needsTesting == true || m.testReportOn != nil {
                out.append(error(.needsTesting, "仅适用于查封、扣押", "only for a seal or seizure"))
            }
            if let d = m.deadline, d < m.decidedOn { out.append(error(.deadline, "早于决定日期", "before the decision")) }
        }
        return out
    }

    private static func measureClosure(_ m: Measure, today: CivilDate) -> [Problem<MeasureField>] {
        var out: [Problem<MeasureField>] = []
        switch m.status {
        case .open:
            if m.closedOn != nil { out.append(error(.closedOn, "未办结的措施不应有办结日期", "an open measure has no closing date")) }
        case .done, .lifted:
            if m.closedOn == nil { out.append(error(.closedOn, "请填写办结或解除日期", "enter the day it was closed")) }
            let evidence = m.evidence?.trimmed ?? ""
            if m.status == .done, evidence.isEmpty {
                out.append(error(.evidence, "办结须写明依据（文书编号、报告等）", "say what shows it was done (document number, report …)"))
            }
        }
        if let closed = m.closedOn {
            if closed < m.decidedOn { out.append(error(.closedOn, "早于决定日期", "before the decision")) }
            if closed > today { out.append(error(.closedOn, "晚于今天", "after today")) }
        }
        return out
    }
}
