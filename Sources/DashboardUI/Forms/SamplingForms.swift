import PilotCore

/// The sampling form: add a sampling, or edit one (entering the report closes a pending one; a failed result
/// can record its re-test request). Checked as fields change.
enum SamplingForms: FormKind {
    typealias Field = SamplingFormField

    static func site(_ productId: String, _ segment: Segment, _ index: PilotIndex) -> Site? {
        index.data.products[id: productId]?.segments.first { $0.segment == segment }.flatMap { index.data.sites[id: $0.siteId] }
    }

    static func form(_ s: Sampling, state: AppState, purpose: FormPurpose) -> FormState {
        let L = state.language
        let products = state.model.index.data.products.records.sorted { $0.id < $1.id }
        let conclusions = SamplingConclusion.allCases
        let title =
            purpose == .newSampling
            ? Bilingual(zh: "新增抽检", en: "Add a sampling") : Bilingual(zh: "修改抽检 \(s.id)", en: "Edit sampling \(s.id)")
        var form = FormState(title: title, purpose: purpose, original: purpose == .newSampling ? nil : .sampling(s)) { (field: Field) in
            switch field {
            case .product:
                .choice(
                    Bilingual(zh: "品种", en: "Product"), s.productId, values: products.map(\.id),
                    labels: products.map { "\($0.id) \($0.displayName(L))" })
            case .segment:
                .choice(
                    Bilingual(zh: "分段", en: "Segment"), s.segment.rawValue, values: Segment.allCases.map(\.rawValue),
                    labels: Segment.allCases.map { Strings.term($0.label, L) })
            case .batch: .text(Bilingual(zh: "批号", en: "Batch"), s.batch)
            case .sampledOn: .date(Bilingual(zh: "抽样日期", en: "Sampled on"), s.sampledOn, state)
            case .place: .text(Bilingual(zh: "抽样地点", en: "Place"), s.place ?? "")
            case .unit: .text(Bilingual(zh: "抽样单位", en: "Sampling unit"), s.samplingUnit ?? "")
            case .lab: .text(Bilingual(zh: "检验机构", en: "Lab"), s.lab)
            case .receivedOn: .date(Bilingual(zh: "收样日期", en: "Received on"), s.receivedOn, state)
            case .extendedTo:
                .date(Bilingual(zh: "报告期限（批准延期至）", en: "Report due, extended to"), s.reportDueExtendedTo, state)
            case .servedOn: .date(Bilingual(zh: "报告送达日期", en: "Report served on"), s.reportServedOn, state)
            case .items: .text(Bilingual(zh: "检验项目", en: "Test items"), s.testItems ?? "")
            case .reportNo: .text(Bilingual(zh: "报告书编号", en: "Report number"), s.reportNo ?? "")
            case .reportDate: .date(Bilingual(zh: "报告日期", en: "Report date"), s.reportDate, state)
            case .conclusion:
                .choice(
                    Bilingual(zh: "检验结论", en: "Conclusion"), s.conclusion.rawValue, values: conclusions.map(\.rawValue),
                    labels: conclusions.map { Strings.term($0.label, L) })
            case .retestOn: .date(Bilingual(zh: "复验申请日期", en: "Re-test requested"), s.retest?.requestedOn, state)
            case .retestResult:
                .choice(
                    Bilingual(zh: "复验结论", en: "Re-test result"), s.retest?.result?.rawValue ?? "",
                    values: [""] + conclusions.map(\.rawValue), labels: [FormStrings.noChoice] + conclusions.map { $0.label[L] })
            case .commissioned: .toggle(Bilingual(zh: "委托检验", en: "Commissioned (委托)"), s.commissioned)
            case .requestedOn: .date(Bilingual(zh: "委托受理日期", en: "Request accepted on"), s.requestedOn, state)
            }
        }
        validate(&form, state: state)
        return form
    }

    /// A new sampling for the product under the cursor: today, its drug product site, the lab it last used.
    static func newForm(state: AppState) -> FormState {
        let index = state.model.index
        let productId = state.selectedSampling?.sampling.productId ?? index.data.products.records.sorted { $0.id < $1.id }.first?.id ?? ""
        let lastLab = index.samplings(of: productId).max { $0.sampledOn < $1.sampledOn }?.lab ?? ""
        let today = state.model.today
        let site = site(productId, .drugProduct, index)
        var draft = Sampling(
            id: RecordEdit.provisionalID, productId: productId, segment: .drugProduct,
            batch: "", sampledOn: today, place: site?.address,
            samplingUnit: site.flatMap { state.model.provinces.named(code: $0.provinceCode) }.map { $0.name + "药品监督管理局" },
            lab: lastLab, receivedOn: state.model.calendar.adding(workingDays: 1, to: today), conclusion: .pending,
            commissioned: state.sampling.commissioned)
        // Added from the commissioned-testing log (`w`): a commissioned test accepted today.
        if draft.commissioned { draft.requestedOn = today }
        return form(draft, state: state, purpose: .newSampling)
    }

    static func text(_ form: FormState, _ field: Field) -> String { form[field].text.trimmed }
    static func optional(_ form: FormState, _ field: Field) -> String? { text(form, field).isEmpty ? nil : text(form, field) }
    static func date(_ form: FormState, _ field: Field) -> CivilDate? { form[field].date }

    /// A new product or segment brings its site's address as the place.
    static func fillDependents(_ form: inout FormState, after field: FormFieldID, state: AppState) {
        guard field == Field.product.formID || field == Field.segment.formID, let segment = Segment(rawValue: form[Field.segment].text),
            let site = site(form[Field.product].text, segment, state.model.index)
        else { return }
        form[Field.place].input = TextInput(site.address)
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        form.clearErrors()
        let notDate = FormStrings.notADate[L]
        let requiredWithResult = Bilingual(zh: "有结论时必填", en: "required with a result")[L]
        if text(form, .batch).isEmpty { form[Field.batch].error = FormStrings.required[L] }
        if text(form, .lab).isEmpty { form[Field.lab].error = FormStrings.required[L] }
        if date(form, .sampledOn) == nil { form[Field.sampledOn].error = form[Field.sampledOn].dateProblem?[L] ?? notDate }
        for field in [Field.receivedOn, .extendedTo, .reportDate, .servedOn, .retestOn] {
            if let problem = form[field].dateProblem { form[field].error = problem[L] }
        }
        let conclusion = SamplingConclusion(rawValue: form[Field.conclusion].text) ?? .pending
        if conclusion != .pending {
            if text(form, .reportNo).isEmpty { form[Field.reportNo].error = requiredWithResult }
            if date(form, .reportDate) == nil && form[Field.reportDate].error == nil { form[Field.reportDate].error = requiredWithResult }
        }
        // The dates' order (sampled, received, reported) is the record's own check, as `set` and imports apply it.
        if let draft = sampling(form, checked: false) {
            for problem in RecordChecks.sampling(draft) {
                let field: Field =
                    switch problem.field {
                    case .sampledOn: .sampledOn
                    case .receivedOn: .receivedOn
                    case .reportDate: .reportDate
                    }
                if form[field].error == nil { form[field].error = problem.message[L] }
            }
        }
        if let sampled = date(form, .sampledOn) {
            let key = text(form, .batch)
            var own: String?
            if case .editSampling(let id) = form.purpose { own = id }
            // A twin is of the same kind: a commissioned test and a supervisory sampling are apart.
            let index = state.model.index
            let product = form[Field.product].text
            let sameKind = form[Field.commissioned].on ? index.commissionedTests(of: product) : index.samplings(of: product)
            if let twin = sameKind.first(where: {
                $0.batch == key && $0.sampledOn == sampled && $0.id != own
            }) {
                form[Field.batch].error =
                    Bilingual(zh: "与 \(twin.id) 重复（同品种、批号、抽样日期）", en: "duplicate of \(twin.id) (same product, batch, date)")[L]
            }
        }
        form.notes = []
        form.info = nil
        let deadlines = state.model.index.data.deadlines
        let calendar = state.model.calendar
        if let sampled = date(form, .sampledOn) {
            let received = date(form, .receivedOn) ?? sampled
            let rule = deadlines.labReport
            if conclusion == .pending {
                let info = SamplingDeadlineText.report(
                    rule, received: received, extendedTo: date(form, .extendedTo), today: state.model.today, calendar: calendar)
                form.info = info[L]
            }
            if conclusion == .fail {
                guard let served = date(form, .servedOn) else {
                    form.info = SamplingDeadlineText.windowUnknown[L]
                    return
                }
                let window = deadlines.retestRequest.status(after: served, today: state.model.today, calendar: calendar)
                form.info = SamplingDeadlineText.window(deadlines.retestRequest, window)[L]
                if let requested = date(form, .retestOn), requested > window.due {
                    form.notes.append(
                        Bilingual(
                            zh: "复验申请日期晚于期限（送达后 \(deadlines.retestRequest.period.zh)）",
                            en: "the re-test request is after the window (\(deadlines.retestRequest.period.en) after service)")[L])
                }
            }
        }
    }

    /// The sampling the form describes, or nil while a field is marked (or, unchecked, while a date is unreadable).
    static func sampling(_ form: FormState, checked: Bool = true) -> Sampling? {
        guard form.isValid || !checked, let sampled = date(form, .sampledOn), let segment = Segment(rawValue: form[Field.segment].text),
            let conclusion = SamplingConclusion(rawValue: form[Field.conclusion].text)
        else { return nil }
        var s = Sampling(
            id: form.original?.id ?? RecordEdit.provisionalID, productId: form[Field.product].text, segment: segment,
            batch: text(form, .batch), sampledOn: sampled, place: optional(form, .place), samplingUnit: optional(form, .unit),
            lab: text(form, .lab), receivedOn: date(form, .receivedOn), testItems: optional(form, .items),
            reportNo: optional(form, .reportNo), reportDate: date(form, .reportDate), conclusion: conclusion,
            retest: date(form, .retestOn).map {
                Retest(requestedOn: $0, result: SamplingConclusion(rawValue: form[Field.retestResult].text))
            },
            commissioned: form[Field.commissioned].on)
        s.reportDueExtendedTo = date(form, .extendedTo)
        s.reportServedOn = date(form, .servedOn)
        s.requestedOn = date(form, .requestedOn)
        // A voided sampling keeps its void when edited (`u` undoes a void; the form does not show it).
        if case .sampling(let opened)? = form.original { s.voided = opened.voided }
        return s
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        guard let record = sampling(form) else { return .invalid }
        var done =
            form.original == nil
            ? Bilingual(zh: "已新增抽检 \(record.id)", en: "added sampling \(record.id)")
            : Bilingual(zh: "已修改抽检 \(record.id)", en: "updated sampling \(record.id)")
        if record.conclusion == .fail, record.retest == nil, let served = record.reportServedOn {
            let due = state.model.index.data.deadlines.retestRequest.due(after: served, calendar: state.model.calendar)
            done = Bilingual(
                zh: done.zh + "：不符合规定，复验可申请至 \(due)（e 记录复验申请）",
                en: done.en + ": failed; re-test may be requested until \(due) (e records it)")
        } else if record.conclusion == .fail, record.retest == nil {
            done = Bilingual(
                zh: done.zh + "：不符合规定，录入报告送达日期后可计算复验申请期", en: done.en + ": failed; enter the service date for the re-test window")
        }
        // The before-state is the sampling as the form opened, never the model now (it may hold others' edits).
        let change = form.original.map { RecordEdit.Change(before: $0, after: .sampling(record)) } ?? RecordEdit.create(.sampling(record))
        return .save(RecordEdit(changes: [change], reason: nil, conflicts: nil, done: done))
    }
}
