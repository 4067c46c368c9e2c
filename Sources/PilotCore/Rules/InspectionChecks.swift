/// Rule 13 (conflicts of interest) and the rectification deadline, per inspection.
enum InspectionChecks {
    static func conflicts(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        let enterprises = index.enterpriseIds(of: p)
        var out: [Finding] = []
        for inspection in index.inspections(of: p.id) where inspection.status != .cancelled {
            for member in inspection.team {
                guard let inspector = index.data.inspectors[id: member] else {
                    out.append(
                        Finding(
                            .error, .references, productId: p.id, record: .init(.inspection, inspection.id),
                            Bilingual(
                                zh: "检查 \(inspection.id)：检查员 \(member) 不存在",
                                en: "Inspection \(inspection.id): inspector \(member) does not exist")))
                    continue
                }
                for e in inspector.conflicts where enterprises.contains(e) {
                    let name = index.data.enterprises[id: e]
                    out.append(
                        Finding(
                            .error, .conflictOfInterest, productId: p.id, record: .init(.inspection, inspection.id),
                            Bilingual(
                                zh: "检查 \(inspection.id)（\(p.name)）：检查员 \(inspector.name) 与 \(name?.name ?? e) 存在利益冲突，应回避",
                                en:
                                    "Inspection \(inspection.id) (\(ProductRules.names(p).en)): inspector \(inspector.displayName(.en)) has a conflict of interest with \(name?.displayName(.en) ?? e)"
                            )))
                }
            }
        }
        return out
    }

    static func rectifications(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        index.inspections(of: p.id).compactMap { inspection in
            guard inspection.hasOpenRectification, let due = inspection.rectificationDue else { return nil }
            let ref = Finding.RecordRef(.inspection, inspection.id)
            let over = calendar.workingDays(from: due, to: today)
            if over > 0 {
                return Finding(
                    .error, .rectificationDeadline, productId: p.id, record: ref,
                    Bilingual(
                        zh: "检查 \(inspection.id)（\(p.name)）：整改应于 \(due) 前完成，已逾期 \(over) 个工作日",
                        en:
                            "Inspection \(inspection.id) (\(ProductRules.names(p).en)): rectification was due \(due), \(over) working days overdue"
                    ))
            }
            return Finding(
                .info, .rectificationDeadline, productId: p.id, record: ref,
                Bilingual(
                    zh: "检查 \(inspection.id)（\(p.name)）：整改进行中，期限 \(due)",
                    en: "Inspection \(inspection.id) (\(ProductRules.names(p).en)): rectification open, due \(due)"))
        }
    }
}
