extension DueList {
    /// Rectification reports owed by the enterprise, overall assessments owed by the inspecting unit, planned
    /// inspections, and inspections past their end still not recorded as completed: those of the product `id`'s inspections.
    static func inspectionItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        var out: [DueItem] = []
        func add(_ i: Inspection) {
            let ref = Finding.RecordRef(.inspection, i.id)
            switch i.status {
            case .completed:
                // The due dates `RectificationStatus` works out, counted with the window's working days.
                guard i.needsRectification, i.overallAssessment == nil else { return }
                if let received = i.rectificationReportReceivedOn {
                    out.append(
                        c.item(
                            .overallAssessment, due: c.deadlines.overallAssessment.due(after: received, calendar: c.calendar),
                            product: product,
                            what: Bilingual(zh: "综合评定（整改报告 \(received) 收到）", en: "overall assessment (report in \(received))"),
                            from: c.unit(i), owner: c.leader(i), record: ref))
                } else {
                    var due = c.deadlines.rectificationReport.due(after: i.end, calendar: c.calendar)
                    if i.defectListReissuedOn != nil { due = c.deadlines.defectListReissue.due(after: due, calendar: c.calendar) }
                    out.append(
                        c.item(
                            .rectificationReport, due: due, product: product,
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
        // Read in place, and copied only when something may be due: most inspections are completed and closed,
        // and the items' work took a copy of each (89k at national scale).
        c.index.inspections(of: id).forEachInPlace { i in
            switch i.status {
            case .completed: if i.hasOpenRectification { add(i.record) }
            case .planned: add(i.record)
            case .inProgress: if i.end < c.today { add(i.record) }
            default: break
            }
        }
        return out
    }
}
