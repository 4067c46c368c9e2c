/// Rule 13 (conflicts of interest), the team, and the rectification deadline, per inspection.
enum InspectionChecks {
    static func conflicts(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        let enterprises = index.enterpriseIds(of: p)
        var out: [Finding] = []
        // Each member's place in the store and whether they have a conflict with these enterprises, read in place
        // once per product: the inspector is copied only when there is one to report.
        var members = SmallMemo<(position: Int?, conflicted: Bool)>()
        let inspectors = index.data.inspectors
        index.inspections(of: p.id).forEachInPlace { inspection in
            guard inspection.status != .cancelled else { return }
            for member in inspection.team {
                let (position, conflicted) = members.value(for: member) { id in
                    let position = inspectors.position(of: id)
                    return (position, position.map { inspectors[$0].conflicts.contains(where: enterprises.contains) } ?? false)
                }
                if position != nil && !conflicted { continue }
                guard let inspector = position.map({ inspectors[$0] }) else {
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
                    let what = Bilingual(
                        zh: "检查 \(inspection.id)（\(p.name)）：检查员 \(inspector.name) 与 \(name?.name ?? e) 存在利益冲突",
                        en:
                            "Inspection \(inspection.id) (\(ProductRules.names(p).en)): inspector \(inspector.displayName(.en)) has a conflict of interest with \(name?.displayName(.en) ?? e)"
                    )
                    // Approved by a lead with a reason (rule 13): still shown, as a warning naming who approved it.
                    if let lead = inspection.conflictApprovedBy, !lead.isEmpty, let reason = inspection.reason, !reason.isEmpty {
                        out.append(
                            Finding(
                                .warning, .conflictOfInterest, productId: p.id, record: .init(.inspection, inspection.id),
                                Bilingual(
                                    zh: "\(what.zh)，经 \(lead) 批准（理由：\(reason)）",
                                    en: "\(what.en), approved by \(lead) (reason: \(reason))")))
                    } else {
                        out.append(
                            Finding(
                                .error, .conflictOfInterest, productId: p.id, record: .init(.inspection, inspection.id),
                                Bilingual(zh: "\(what.zh)，应回避", en: what.en)))
                    }
                }
            }
        }
        return out
    }

    /// Fewer than two inspectors, or a site outside the holder's province with neither an inspector of that
    /// province on the team nor a joint inspection with it.
    static func team(_ p: PilotProduct, _ index: PilotIndex, provinces: ProvinceTable) -> [Finding] {
        let lead = index.leadProvince(of: p)
        let productSiteIds = p.siteIds
        // The product's sites and its teams' inspectors recur in its inspections: each province is looked up once.
        var siteProvinces = SmallMemo<String?>()
        var inspectorProvinces = SmallMemo<String?>()
        var out: [Finding] = []
        index.inspections(of: p.id).forEachInPlace { inspection in
            guard inspection.status != .cancelled else { return }
            let ref = Finding.RecordRef(.inspection, inspection.id)
            if inspection.team.count < 2 {
                out.append(
                    Finding(
                        .warning, .inspectionTeam, productId: p.id, record: ref,
                        Bilingual(
                            zh: "检查 \(inspection.id)（\(p.name)）：检查组仅 \(inspection.team.count) 名检查员，应不少于 2 名",
                            en:
                                "Inspection \(inspection.id) (\(ProductRules.names(p).en)): \(inspection.team.count) inspector(s) on the team, at least 2 required"
                        )))
            }
            let siteIds = inspection.siteIds.isEmpty ? productSiteIds : inspection.siteIds
            // The provinces other than the lead's, each once in site order (a product has a few sites); the team's
            // provinces are looked up only when there is one.
            var away: [String] = []
            for id in siteIds {
                let code = siteProvinces.value(for: id) { index.provinceCode(ofSite: $0) }
                if let code, code != lead, !away.contains(code) { away.append(code) }
            }
            guard !away.isEmpty else { return }
            let teamProvinces = inspection.team.compactMap { inspectorProvinces.value(for: $0) { index.provinceCode(ofInspector: $0) } }
            for code in away where !teamProvinces.contains(code) && !(inspection.joint && inspection.partnerProvinces.contains(code)) {
                let province = provinces.named(code: code)
                out.append(
                    Finding(
                        .warning, .inspectionTeam, productId: p.id, record: ref,
                        Bilingual(
                            zh: "检查 \(inspection.id)（\(p.name)）：检查\(province?.name ?? code)的场地，检查组无该省检查员，也未与该省联合检查",
                            en:
                                "Inspection \(inspection.id) (\(ProductRules.names(p).en)): a site in \(province?.en ?? code) is inspected without an inspector of that province or a joint inspection with it"
                        )))
            }
        }
        return out
    }

    /// The rectification's report and the overall assessment, each against its deadline.
    static func rectifications(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        let deadlines = index.data.deadlines
        var open: [Inspection] = []
        index.inspections(of: p.id).forEachInPlace { if $0.hasOpenRectification { open.append($0.record) } }
        return open.compactMap { inspection in
            guard let r = RectificationStatus(inspection, deadlines: deadlines, today: today, calendar: calendar) else { return nil }
            let ref = Finding.RecordRef(.inspection, inspection.id)
            let head = Bilingual(zh: "检查 \(inspection.id)（\(p.name)）：", en: "Inspection \(inspection.id) (\(ProductRules.names(p).en)): ")
            guard let received = r.reportReceivedOn, let assessment = r.assessmentDue else {
                let due = r.reportDue
                let note = notes(deadlines.rectificationReport, due)
                if due.isOverdue {
                    return Finding(
                        .error, .rectificationDeadline, productId: p.id, record: ref,
                        Bilingual(
                            zh: head.zh + "整改报告应于 \(due.due) 前提交，已逾期 \(due.overdueBy) 个工作日\(note.zh)",
                            en: head.en + "rectification report was due \(due.due), \(due.overdueBy) working days overdue\(note.en)"))
                }
                return Finding(
                    .info, .rectificationDeadline, productId: p.id, record: ref,
                    Bilingual(
                        zh: head.zh + "待企业提交整改报告，期限 \(due.due)\(note.zh)",
                        en: head.en + "rectification report awaited, due \(due.due)\(note.en)"))
            }
            let note = notes(deadlines.overallAssessment, assessment)
            // A rectification closed before reports and assessments were recorded apart (an older record) is not
            // an overdue assessment: nobody could record one then. Say it is missing instead.
            if inspection.reportReceivedOn == nil {
                return Finding(
                    .info, .assessmentDeadline, productId: p.id, record: ref,
                    Bilingual(
                        zh: head.zh + "整改于 \(received) 关闭（旧记录，整改报告与综合评定未分开登记），综合评定未录入",
                        en: head.en
                            + "rectification closed \(received) (older record, before reports and assessments were kept apart); no overall assessment recorded"
                    ))
            }
            if assessment.isOverdue {
                return Finding(
                    .error, .assessmentDeadline, productId: p.id, record: ref,
                    Bilingual(
                        zh: head.zh + "整改报告 \(received) 收到，综合评定应于 \(assessment.due) 前作出，已逾期 \(assessment.overdueBy) 个工作日\(note.zh)",
                        en: head.en
                            + "report received \(received); the overall assessment was due \(assessment.due), \(assessment.overdueBy) working days overdue\(note.en)"
                    ))
            }
            return Finding(
                .info, .assessmentDeadline, productId: p.id, record: ref,
                Bilingual(
                    zh: head.zh + "整改报告 \(received) 收到，待综合评定，期限 \(assessment.due)\(note.zh)",
                    en: head.en + "report received \(received), overall assessment due \(assessment.due)\(note.en)"))
        }
    }

    /// What a due date rests on, when it is not simply the regulation on a known calendar: the province's
    /// override and its reason ("（本省设定 20 个工作日：省局规定）"), and estimated holidays
    /// ("（2027 年放假安排未录入，按法定节日估算）").
    static func notes(_ rule: DeadlineRule, _ status: DeadlineStatus) -> Bilingual {
        var zh = ""
        var en = ""
        if let o = rule.override {
            let unitZh = rule.unit == .workingDays ? "个工作日" : "日"
            let unitEn = rule.unit == .workingDays ? "working days" : "days"
            zh += "（本省设定 \(rule.count) \(unitZh)\(o.reason.map { "：\($0)" } ?? "")）"
            en += " (set for this province: \(rule.count) \(unitEn)\(o.reason.map { ", \($0)" } ?? ""))"
        }
        if let note = status.estimateNote {
            zh += "（\(note.zh)）"
            en += " (\(note.en))"
        }
        return Bilingual(zh: zh, en: en)
    }
}
