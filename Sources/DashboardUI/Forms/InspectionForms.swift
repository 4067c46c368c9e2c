import PilotCore

/// The schedule form: schedule or edit an inspection. Built from and read back into core values; checked
/// against the scheduling rules after every keystroke.
enum InspectionForms: FormKind {
    typealias Field = InspectionFormField

    static func ids(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" || $0 == "、" }).map(String.init)
    }

    static func scheduleForm(_ plan: InspectionPlan, state: AppState, purpose: FormPurpose, existing: Inspection? = nil) -> FormState {
        let L = state.language
        let products = state.model.index.data.products.records.sorted { $0.id < $1.id }
        let title =
            purpose == .newInspection
            ? Bilingual(zh: "安排检查", en: "Schedule an inspection")
            : Bilingual(zh: "修改检查 \(existing?.id ?? "")", en: "Edit inspection \(existing?.id ?? "")")
        var original: AnyRecord?
        if case .editInspection = purpose { original = existing.map(AnyRecord.inspection) }
        var form = FormState(title: title, purpose: purpose, original: original) { (field: Field) in
            switch field {
            case .product:
                .choice(
                    Bilingual(zh: "品种", en: "Product"), plan.productId, values: products.map(\.id),
                    labels: products.map { "\($0.id) \($0.displayName(L))" })
            case .type:
                .choice(
                    Bilingual(zh: "检查类型", en: "Type"), plan.type.rawValue, values: InspectionType.allCases.map(\.rawValue),
                    labels: InspectionType.allCases.map { $0.label[L] })
            case .start: .date(Bilingual(zh: "开始日期", en: "Start"), plan.start, state)
            case .end: .date(Bilingual(zh: "结束日期", en: "End"), plan.end, state)
            // Only the product's sites; inspectors with their month's load and conflicts (`PickerCatalog`).
            case .sites: .pick(Bilingual(zh: "检查场地", en: "Sites"), plan.siteIds, .sitesOfProduct(product: Field.product.formID), .several)
            case .team: .pick(Bilingual(zh: "检查员", en: "Inspectors"), plan.team, .inspectors, .several)
            case .joint: .toggle(Bilingual(zh: "联合检查", en: "Joint (联合检查)"), existing?.joint ?? false)
            case .partner: .pick(Bilingual(zh: "联合省份", en: "Partner provinces"), existing?.partnerProvinces ?? [], .provinces, .several)
            case .unannounced: .toggle(Bilingual(zh: "飞行检查", en: "Unannounced (飞行)"), existing?.unannounced ?? false)
            case .reason: .text(Bilingual(zh: "事由", en: "Reason"), existing?.reason ?? "")
            case .approver: .text(Bilingual(zh: "利益冲突批准负责人", en: "Conflict approved by (lead)"), existing?.conflictApprovedBy ?? "")
            }
        }
        if existing == nil, let product = state.model.index.data.products[id: plan.productId] {
            // A cross-province product is inspected jointly with its partner provinces by default.
            setPartners(&form, product, state: state)
        }
        validate(&form, state: state)
        return form
    }

    /// The schedule form for an existing inspection, which it remembers as its before-state.
    static func editForm(_ inspection: Inspection, state: AppState, purpose: FormPurpose? = nil) -> FormState {
        let purpose = purpose ?? .editInspection(inspection.id)
        var replacing: String?
        if case .editInspection(let id) = purpose { replacing = id }
        let plan = InspectionPlan(
            productId: inspection.productId, type: inspection.type, start: inspection.start, end: inspection.end,
            siteIds: inspection.siteIds, team: inspection.team, replacing: replacing)
        return scheduleForm(plan, state: state, purpose: purpose, existing: inspection)
    }

    static func text(_ form: FormState, _ field: Field) -> String { form[field].text.trimmed }

    /// The plan the form describes, or nil while a date is unreadable (the field says why).
    static func plan(_ form: FormState) -> InspectionPlan? {
        guard let start = form[Field.start].date, let end = form[Field.end].date,
            let type = InspectionType(rawValue: form[Field.type].text)
        else { return nil }
        var replacing: String?
        if case .editInspection(let id) = form.purpose { replacing = id }
        return InspectionPlan(
            productId: form[Field.product].text, type: type, start: start, end: end,
            siteIds: ids(form[Field.sites].text), team: ids(form[Field.team].text), replacing: replacing)
    }

    static func conflicts(_ form: FormState, state: AppState) -> [SchedulingConflict] {
        guard let plan = plan(form) else { return [] }
        return Scheduling.conflicts(plan, index: state.model.index, calendar: state.model.calendar)
    }

    /// A new inspection's product brings its sites, free inspectors and partner province, as when the form opened.
    static func fillDependents(_ form: inout FormState, after field: FormFieldID, state: AppState) {
        guard field == Field.product.formID, form.purpose == .newInspection,
            let product = state.model.index.data.products[id: form[Field.product].text],
            let plan = SchedulingSuggestion.plan(
                on: plan(form)?.start ?? state.calendar.selected, today: state.model.today,
                index: state.model.index, calendar: state.model.calendar, product: product)
        else { return }
        form[Field.sites].input = TextInput(plan.siteIds.joined(separator: ", "))
        form[Field.team].input = TextInput(plan.team.joined(separator: ", "))
        setPartners(&form, product, state: state)
    }

    /// Every province the product is made in other than the holder's (two for a three-province product).
    static func setPartners(_ form: inout FormState, _ product: PilotProduct, state: AppState) {
        let partners = state.model.index.provinces(of: product).dropFirst()
        form[Field.joint].on = !partners.isEmpty
        form[Field.partner].input = TextInput(partners.joined(separator: ", "))
    }

    /// The field a scheduling conflict is shown beside.
    static func field(of conflict: SchedulingConflict) -> Field {
        switch conflict {
        case .unknownProduct: .product
        case .unknownSite, .siteNotOfProduct: .sites
        case .unknownInspector, .doubleBooked, .conflictOfInterest: .team
        case .endBeforeStart, .afterPilotEnd: .end
        case .notWorkingDay(let which, _, _): which.en == "start" ? .start : .end
        }
    }

    static func partnerIsKnown(_ form: FormState, state: AppState) -> Bool {
        let codes = form[Field.partner].ids
        return !form[Field.joint].on || (!codes.isEmpty && codes.allSatisfy { state.model.provinces.named(code: $0) != nil })
    }

    /// Field errors and the list of conflicts, recomputed as fields change.
    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        form.clearErrors()
        for field in [Field.start, .end] where form[field].date == nil {
            form[field].error = form[field].dateProblem?[L] ?? FormStrings.notADate[L]
        }
        if !partnerIsKnown(form, state: state) {
            form[Field.partner].error = Bilingual(zh: "请选择联合检查的省份", en: "choose the partner provinces")[L]
        }
        let found = conflicts(form, state: state)
        for conflict in found where form[field(of: conflict)].error == nil {
            form[field(of: conflict)].error = conflict.message(state.model.index)[L]
        }
        if found.contains(where: \.isConflictOfInterest) && text(form, .approver).isEmpty {
            form[Field.approver].error = approverNeeded[L]
        }
        form.notes = found.map { $0.message(state.model.index)[L] }
        if let start = form[Field.start].date, asksPastStart(form, start),
            let past = RecordChecks.startsInPast(start, today: state.model.today)
        {
            form.notes.append(past[L])
        }
        form.info = nil
        if let plan = plan(form) {
            let days =
                state.model.index.data.products[id: plan.productId] == nil
                ? 0 : state.model.calendar.workingDays(from: plan.start.adding(days: -1), to: plan.end)
            form.info = Bilingual(zh: "共 \(days) 个工作日", en: "\(days) working days")[L]
        }
    }

    /// Whether a past start is worth a question: a new inspection, or an edit that changes the start (editing the
    /// team of an inspection under way does not ask).
    static func asksPastStart(_ form: FormState, _ start: CivilDate) -> Bool {
        guard case .inspection(let opened)? = form.original else { return true }
        return opened.start != start
    }

    /// The inspection the schedule form saves.
    static func inspection(_ form: FormState, existing: Inspection?) -> Inspection? {
        guard let plan = plan(form) else { return nil }
        let joint = form[Field.joint].on
        let reason = text(form, .reason)
        var record =
            existing
            ?? Inspection(
                id: RecordEdit.provisionalID, productId: plan.productId,
                siteIds: [], type: plan.type, start: plan.start, end: plan.end, team: [], status: .planned)
        record.productId = plan.productId
        record.type = plan.type
        record.start = plan.start
        record.end = plan.end
        record.siteIds = plan.siteIds
        record.team = plan.team
        record.joint = joint
        record.partnerProvinces = joint ? form[Field.partner].ids : []
        record.unannounced = form[Field.unannounced].on
        record.reason = reason.isEmpty ? nil : reason
        let approver = text(form, .approver)
        record.conflictApprovedBy = approver.isEmpty ? nil : approver
        return record
    }

    static let approverNeeded = Bilingual(
        zh: "利益冲突不能由排程人自行决定：请填写批准的负责人姓名，并说明理由",
        en: "a conflict of interest cannot be overridden by the scheduler alone: name the approving lead and give a reason")

    /// Saves the form; with scheduling conflicts, first asks for a reason (kept in the journal). A conflict of
    /// interest also needs the approving lead's name (rule 13), kept on the inspection and so in the journal.
    static func submission(_ form: FormState, state: AppState, reason: String?) -> FormSubmission {
        let L = state.language
        let index = state.model.index
        // An edit's before-state is the inspection as the form opened, never the model now.
        var existing: Inspection?
        if case .inspection(let opened)? = form.original { existing = opened }
        // Conflicts marked on fields may be saved with a reason; an unreadable plan may not.
        guard form.isValid || reason != nil || plan(form) != nil, var record = inspection(form, existing: existing) else { return .invalid }
        if !partnerIsKnown(form, state: state) { return .refused(form[Field.partner].error ?? "") }
        if let existing, record == existing {
            // Unchanged: no reason to ask for, nothing to write (the save is dropped as "no changes").
            return .save(
                RecordEdit(
                    changes: [.init(before: .inspection(existing), after: .inspection(record))], reason: nil, conflicts: nil,
                    done: Strings.noChanges))
        }
        let conflicts = conflicts(form, state: state)
        if let blocking = conflicts.first(where: { !$0.isForceable }) { return .refused(blocking.message(index)[L]) }
        // An inspection entered after it happened is a legitimate record (补录), so a past start is confirmed
        // once, not refused; it is asked before any reason for conflicts.
        if !form.pastStartConfirmed, asksPastStart(form, record.start),
            RecordChecks.startsInPast(record.start, today: state.model.today) != nil
        {
            return .confirmPastStart(record.start)
        }
        if conflicts.contains(where: \.isConflictOfInterest) {
            guard record.conflictApprovedBy != nil else { return .refused(approverNeeded[L]) }
            // The reason given for overriding is the approval's reason, kept on the inspection beside the approver.
            if record.reason == nil { record.reason = reason }
        } else {
            record.conflictApprovedBy = nil
        }
        if !conflicts.isEmpty && reason == nil { return .needsReason }
        let done =
            existing == nil
            ? Bilingual(zh: "已安排 \(record.id)：\(record.start)–\(record.end)", en: "scheduled \(record.id): \(record.start)–\(record.end)")
            : Bilingual(zh: "已修改 \(record.id)", en: "updated \(record.id)")
        let change =
            existing.map { RecordEdit.Change(before: .inspection($0), after: .inspection(record)) }
            ?? RecordEdit.create(.inspection(record))
        return .save(
            RecordEdit(
                changes: [change], reason: reason ?? record.reason,
                conflicts: conflicts.isEmpty ? nil : conflicts.map { $0.message(index).en }, done: done))
    }
}
