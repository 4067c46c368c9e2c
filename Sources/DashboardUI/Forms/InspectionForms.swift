import PilotCore

/// The inspection forms: schedule or edit an inspection, and complete one. Built from and read back into
/// core values; checked against the scheduling rules after every keystroke.
enum InspectionForms {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func ids(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" || $0 == "、" }).map(String.init)
    }

    static func scheduleForm(_ plan: InspectionPlan, state: AppState, purpose: FormPurpose, existing: Inspection? = nil) -> FormState {
        let L = state.language
        let products = state.model.index.data.products.records.sorted { $0.id < $1.id }
        var form = FormState(
            title: purpose == .newInspection ? b("安排检查", "Schedule an inspection") : b("修改检查 \(existing?.id ?? "")", "Edit inspection \(existing?.id ?? "")"),
            fields: [
                FormField("product", b("品种", "Product"), choice: plan.productId, values: products.map(\.id),
                          labels: products.map { "\($0.id) \($0.displayName(L))" }),
                FormField("type", b("检查类型", "Type"), choice: plan.type.rawValue, values: InspectionType.allCases.map(\.rawValue),
                          labels: InspectionType.allCases.map { $0.label[L] }),
                FormField("start", b("开始日期", "Start"), text: plan.start.description),
                FormField("end", b("结束日期", "End"), text: plan.end.description),
                FormField("sites", b("检查场地", "Sites"), text: plan.siteIds.joined(separator: ", ")),
                FormField("team", b("检查员", "Inspectors"), text: plan.team.joined(separator: ", ")),
                FormField("joint", b("联合检查", "Joint (联合检查)"), toggle: existing?.joint ?? false),
                FormField("partner", b("联合省份代码", "Partner province"), text: existing?.partnerProvinceCode ?? ""),
                FormField("unannounced", b("飞行检查", "Unannounced (飞行)"), toggle: existing?.unannounced ?? false),
                FormField("reason", b("事由", "Reason"), text: existing?.reason ?? ""),
            ],
            purpose: purpose)
        if case .editInspection = purpose { form.original = existing.map(AnyRecord.inspection) }
        if existing == nil, let product = state.model.index.data.products[id: plan.productId] {
            // A cross-province product is inspected jointly with the partner province by default.
            let provinces = state.model.index.provinces(of: product)
            if provinces.count > 1 {
                form["joint"].on = true
                form["partner"].input = TextInput(provinces[1])
            }
        }
        validate(&form, state: state)
        return form
    }

    /// The schedule form for an existing inspection, which it remembers as its before-state.
    static func editForm(_ inspection: Inspection, state: AppState, purpose: FormPurpose? = nil) -> FormState {
        let purpose = purpose ?? .editInspection(inspection.id)
        var replacing: String?
        if case .editInspection(let id) = purpose { replacing = id }
        let plan = InspectionPlan(productId: inspection.productId, type: inspection.type, start: inspection.start, end: inspection.end,
                                  siteIds: inspection.siteIds, team: inspection.team, replacing: replacing)
        return scheduleForm(plan, state: state, purpose: purpose, existing: inspection)
    }

    /// The plan the form describes, or nil while a date is unreadable (the field says why).
    static func plan(_ form: FormState) -> InspectionPlan? {
        guard let start = CivilDate(form["start"].text.trimmingSpaces()), let end = CivilDate(form["end"].text.trimmingSpaces()),
              let type = InspectionType(rawValue: form["type"].text) else { return nil }
        var replacing: String?
        if case .editInspection(let id) = form.purpose { replacing = id }
        return InspectionPlan(productId: form["product"].text, type: type, start: start, end: end,
                              siteIds: ids(form["sites"].text), team: ids(form["team"].text), replacing: replacing)
    }

    static func conflicts(_ form: FormState, state: AppState) -> [SchedulingConflict] {
        guard let plan = plan(form) else { return [] }
        return Scheduling.conflicts(plan, index: state.model.index, calendar: state.model.calendar)
    }

    /// Field errors and the list of conflicts, recomputed as fields change.
    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        for i in form.fields.indices { form.fields[i].error = nil }
        let notDate = L == .zh ? "不是日期（YYYY-MM-DD）" : "not a date (YYYY-MM-DD)"
        if CivilDate(form["start"].text.trimmingSpaces()) == nil { form["start"].error = notDate }
        if CivilDate(form["end"].text.trimmingSpaces()) == nil { form["end"].error = notDate }
        if form["joint"].on && state.model.provinces.named(code: form["partner"].text.trimmingSpaces()) == nil {
            form["partner"].error = L == .zh ? "请填写省份代码（如 320000）" : "a province code (e.g. 320000)"
        }
        let found = conflicts(form, state: state)
        for conflict in found {
            let field: String
            switch conflict {
            case .unknownProduct: field = "product"
            case .unknownSite, .siteNotOfProduct: field = "sites"
            case .unknownInspector, .doubleBooked, .conflictOfInterest: field = "team"
            case .endBeforeStart, .afterPilotEnd: field = "end"
            case .notWorkingDay(let which, _, _): field = which.en == "start" ? "start" : "end"
            }
            if form[field].error == nil { form[field].error = conflict.message(state.model.index)[L] }
        }
        form.notes = found.map { $0.message(state.model.index)[L] }
        if let plan = plan(form) {
            let days = state.model.index.data.products[id: plan.productId] == nil ? 0 : state.model.calendar.workingDays(from: plan.start.adding(days: -1), to: plan.end)
            form.info = L == .zh ? "共 \(days) 个工作日" : "\(days) working days"
        }
    }

    /// The inspection the schedule form saves.
    static func inspection(_ form: FormState, state: AppState, existing: Inspection?) -> Inspection? {
        guard let plan = plan(form) else { return nil }
        let joint = form["joint"].on
        let reason = form["reason"].text.trimmingSpaces()
        var record = existing ?? Inspection(
            id: RecordEdit.provisionalID, productId: plan.productId,
            siteIds: [], type: plan.type, start: plan.start, end: plan.end, team: [], status: .planned)
        record.productId = plan.productId
        record.type = plan.type
        record.start = plan.start
        record.end = plan.end
        record.siteIds = plan.siteIds
        record.team = plan.team
        record.joint = joint
        record.partnerProvinceCode = joint ? form["partner"].text.trimmingSpaces() : nil
        record.unannounced = form["unannounced"].on
        record.reason = reason.isEmpty ? nil : reason
        return record
    }

    // MARK: Completion

    static func completionForm(_ inspection: Inspection, state: AppState) -> FormState {
        let L = state.language
        var form = FormState(
            title: b("完成检查 \(inspection.id)", "Complete inspection \(inspection.id)"),
            fields: [
                FormField("end", b("结束日期", "Ended on"), text: inspection.end.description),
                FormField("critical", b("严重缺陷", "Critical (严重)"), text: String(inspection.defects?.critical ?? 0)),
                FormField("major", b("主要缺陷", "Major (主要)"), text: String(inspection.defects?.major ?? 0)),
                FormField("general", b("一般缺陷", "General (一般)"), text: String(inspection.defects?.general ?? 0)),
                FormField("conclusion", b("现场检查结论", "On-site conclusion"), choice: (inspection.conclusion ?? .compliant).rawValue,
                          values: OnSiteConclusion.allCases.map(\.rawValue), labels: OnSiteConclusion.allCases.map { $0.label[L] }),
                FormField("assessment", b("综合评定", "Overall assessment"), text: inspection.assessment ?? ""),
            ],
            purpose: .completeInspection(inspection.id))
        form.original = .inspection(inspection)
        validateCompletion(&form, state: state)
        return form
    }

    static func completion(_ form: FormState) -> (end: CivilDate, defects: Defects, conclusion: OnSiteConclusion)? {
        guard let end = CivilDate(form["end"].text.trimmingSpaces()),
              let critical = Int(form["critical"].text.trimmingSpaces()), critical >= 0,
              let major = Int(form["major"].text.trimmingSpaces()), major >= 0,
              let general = Int(form["general"].text.trimmingSpaces()), general >= 0,
              let conclusion = OnSiteConclusion(rawValue: form["conclusion"].text) else { return nil }
        return (end, Defects(critical: critical, major: major, general: general), conclusion)
    }

    /// A rectification is due when there are defects or the conclusion is not "compliant".
    static func rectificationDue(_ end: CivilDate, _ defects: Defects, _ conclusion: OnSiteConclusion, calendar: WorkingCalendar) -> CivilDate? {
        defects.total > 0 || conclusion != .compliant ? DeadlineRule.rectification.due(after: end, calendar: calendar) : nil
    }

    static func validateCompletion(_ form: inout FormState, state: AppState) {
        let L = state.language
        for i in form.fields.indices { form.fields[i].error = nil }
        if CivilDate(form["end"].text.trimmingSpaces()) == nil { form["end"].error = L == .zh ? "不是日期" : "not a date" }
        for id in ["critical", "major", "general"] where (Int(form[id].text.trimmingSpaces()) ?? -1) < 0 {
            form[id].error = L == .zh ? "应为非负整数" : "a whole number ≥ 0"
        }
        form.notes = []
        if let c = completion(form) {
            if let due = rectificationDue(c.end, c.defects, c.conclusion, calendar: state.model.calendar) {
                form.info = L == .zh ? "整改期限：\(due)（结束后 20 个工作日）" : "Rectification due \(due) (20 working days after the end)"
            } else {
                form.info = L == .zh ? "无需整改" : "No rectification due"
            }
        } else {
            form.info = nil
        }
    }
}
