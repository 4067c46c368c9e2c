extension DueList {
    /// Rectification reports owed by the enterprise, overall assessments owed by the inspecting unit, planned
    /// inspections, and inspections past their end still not recorded as completed.
    static func inspectionItems(_ c: Context) -> [DueItem] {
        var out: [DueItem] = []
        for i in c.data.inspections.records {
            let product = c.data.products[id: i.productId]
            let ref = Finding.RecordRef(.inspection, i.id)
            switch i.status {
            case .completed:
                guard i.overallAssessment == nil,
                    let status = RectificationStatus(i, deadlines: c.deadlines, today: c.today, calendar: c.calendar)
                else { continue }
                if let assessment = status.assessmentDue {
                    out.append(
                        c.item(
                            .overallAssessment, due: assessment.due, product: product,
                            what: Bilingual(
                                zh: "综合评定（整改报告 \(status.reportReceivedOn.map { "\($0)" } ?? "") 收到）",
                                en: "overall assessment (report in \(status.reportReceivedOn.map { "\($0)" } ?? ""))"),
                            from: c.unit(i), owner: c.leader(i), record: ref))
                } else {
                    out.append(
                        c.item(
                            .rectificationReport, due: status.reportDue.due, product: product,
                            what: Bilingual(zh: "整改报告（\(i.end) 检查）", en: "rectification report (inspected \(i.end))"),
                            from: c.holder(product), owner: c.leader(i), record: ref))
                }
            case .planned:
                out.append(
                    c.item(
                        .plannedInspection, due: i.start, product: product,
                        what: Bilingual(zh: i.type.label.zh + "（至 \(i.end)）", en: "\(i.type.label.en) inspection (to \(i.end))"),
                        from: c.unit(i), owner: c.leader(i), record: ref))
            case .inProgress where i.end < c.today:
                out.append(
                    c.item(
                        .inspectionRecord, due: i.end, product: product,
                        what: Bilingual(
                            zh: "录入\(i.type.label.zh)结果（\(i.end) 结束）", en: "record the \(i.type.label.en) result (ended \(i.end))"),
                        from: c.unit(i), owner: c.leader(i), record: ref))
            default:
                // An inspection under way has nothing due until it ends; a cancelled one has nothing.
                break
            }
        }
        return out
    }
}
