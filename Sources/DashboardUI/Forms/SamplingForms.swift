import PilotCore

/// The sampling form: add a sampling, or edit one (entering the report closes a pending one; a failed result
/// can record its re-test request). Checked as fields change.
enum SamplingForms {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func site(_ productId: String, _ segment: Segment, _ index: PilotIndex) -> Site? {
        index.data.products[id: productId]?.segments.first { $0.segment == segment }.flatMap { index.data.sites[id: $0.siteId] }
    }

    static func form(_ s: Sampling, state: AppState, purpose: FormPurpose) -> FormState {
        let L = state.language
        let products = state.model.index.data.products.records.sorted { $0.id < $1.id }
        let conclusions = SamplingConclusion.allCases
        var form = FormState(
            title: purpose == .newSampling ? b("新增抽检", "Add a sampling") : b("修改抽检 \(s.id)", "Edit sampling \(s.id)"),
            fields: [
                FormField("product", b("品种", "Product"), choice: s.productId, values: products.map(\.id),
                          labels: products.map { "\($0.id) \($0.displayName(L))" }),
                FormField("segment", b("分段", "Segment"), choice: s.segment.rawValue, values: Segment.allCases.map(\.rawValue),
                          labels: Segment.allCases.map { Strings.term($0.label, L) }),
                FormField("batch", b("批号", "Batch"), text: s.batch),
                FormField("sampledOn", b("抽样日期", "Sampled on"), text: s.sampledOn.description),
                FormField("place", b("抽样地点", "Place"), text: s.place ?? ""),
                FormField("unit", b("抽样单位", "Sampling unit"), text: s.samplingUnit ?? ""),
                FormField("lab", b("检验机构", "Lab"), text: s.lab),
                FormField("receivedOn", b("收样日期", "Received on"), text: s.receivedOn?.description ?? ""),
                FormField("items", b("检验项目", "Test items"), text: s.testItems ?? ""),
                FormField("reportNo", b("报告书编号", "Report number"), text: s.reportNo ?? ""),
                FormField("reportDate", b("报告日期", "Report date"), text: s.reportDate?.description ?? ""),
                FormField("conclusion", b("检验结论", "Conclusion"), choice: s.conclusion.rawValue, values: conclusions.map(\.rawValue),
                          labels: conclusions.map { Strings.term($0.label, L) }),
                FormField("retestOn", b("复验申请日期", "Re-test requested"), text: s.retest?.requestedOn.description ?? ""),
                FormField("retestResult", b("复验结论", "Re-test result"), choice: s.retest?.result?.rawValue ?? "",
                          values: [""] + conclusions.map(\.rawValue), labels: [L == .zh ? "—" : "—"] + conclusions.map { $0.label[L] }),
                FormField("commissioned", b("委托检验", "Commissioned (委托)"), toggle: s.commissioned),
            ],
            purpose: purpose)
        if purpose != .newSampling { form.original = .sampling(s) }
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
        let draft = Sampling(id: RecordEdit.provisionalID, productId: productId, segment: .drugProduct,
                             batch: "", sampledOn: today, place: site?.address,
                             samplingUnit: site.flatMap { state.model.provinces.named(code: $0.provinceCode) }.map { $0.name + "药品监督管理局" },
                             lab: lastLab, receivedOn: state.model.calendar.adding(workingDays: 1, to: today), conclusion: .pending)
        return form(draft, state: state, purpose: .newSampling)
    }

    static func date(_ form: FormState, _ id: String) -> CivilDate? { CivilDate(form[id].text.trimmingSpaces()) }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        for i in form.fields.indices { form.fields[i].error = nil }
        let notDate = L == .zh ? "不是日期（YYYY-MM-DD）" : "not a date (YYYY-MM-DD)"
        if form["batch"].text.trimmingSpaces().isEmpty { form["batch"].error = L == .zh ? "必填" : "required" }
        if form["lab"].text.trimmingSpaces().isEmpty { form["lab"].error = L == .zh ? "必填" : "required" }
        if date(form, "sampledOn") == nil { form["sampledOn"].error = notDate }
        for id in ["receivedOn", "reportDate", "retestOn"] where !form[id].text.trimmingSpaces().isEmpty && date(form, id) == nil {
            form[id].error = notDate
        }
        let conclusion = SamplingConclusion(rawValue: form["conclusion"].text) ?? .pending
        if conclusion != .pending {
            if form["reportNo"].text.trimmingSpaces().isEmpty { form["reportNo"].error = L == .zh ? "有结论时必填" : "required with a result" }
            if date(form, "reportDate") == nil && form["reportDate"].error == nil { form["reportDate"].error = L == .zh ? "有结论时必填" : "required with a result" }
        }
        if let sampled = date(form, "sampledOn"), let reported = date(form, "reportDate"), reported < sampled {
            form["reportDate"].error = L == .zh ? "早于抽样日期" : "before the sampling date"
        }
        if let sampled = date(form, "sampledOn") {
            let key = form["batch"].text.trimmingSpaces()
            var own: String?
            if case .editSampling(let id) = form.purpose { own = id }
            if let twin = state.model.index.samplings(of: form["product"].text).first(where: { $0.batch == key && $0.sampledOn == sampled && $0.id != own }) {
                form["batch"].error = L == .zh ? "与 \(twin.id) 重复（同品种、批号、抽样日期）" : "duplicate of \(twin.id) (same product, batch, date)"
            }
        }
        form.notes = []
        form.info = nil
        if let sampled = date(form, "sampledOn") {
            let received = date(form, "receivedOn") ?? sampled
            let due = DeadlineRule.samplingReport.due(after: received, calendar: state.model.calendar)
            if conclusion == .pending {
                form.info = L == .zh ? "报告期限 \(due)（收样后 30 个工作日）" : "report due \(due) (30 working days after receipt)"
            }
            if conclusion == .fail, let reported = date(form, "reportDate") {
                let window = DeadlineRule.retestRequest.status(after: reported, today: state.model.today, calendar: state.model.calendar)
                let text = L == .zh ? "复验可申请至 \(window.due)" + (window.isOverdue ? "（已过期）" : "（未过期）")
                                    : "re-test may be requested until \(window.due)" + (window.isOverdue ? " (passed)" : " (open)")
                form.info = text
                if let requested = date(form, "retestOn"), requested > window.due {
                    form.notes.append(L == .zh ? "复验申请日期晚于 7 日期限" : "the re-test request is after the 7-day window")
                }
            }
        }
    }

    static func sampling(_ form: FormState, state: AppState) -> Sampling? {
        guard form.fields.allSatisfy({ $0.error == nil }), let sampled = date(form, "sampledOn"),
              let segment = Segment(rawValue: form["segment"].text),
              let conclusion = SamplingConclusion(rawValue: form["conclusion"].text) else { return nil }
        func text(_ id: String) -> String? { form[id].text.trimmingSpaces().isEmpty ? nil : form[id].text.trimmingSpaces() }
        return Sampling(id: form.original?.id ?? RecordEdit.provisionalID, productId: form["product"].text, segment: segment, batch: form["batch"].text.trimmingSpaces(),
                        sampledOn: sampled, place: text("place"), samplingUnit: text("unit"), lab: form["lab"].text.trimmingSpaces(),
                        receivedOn: date(form, "receivedOn"), testItems: text("items"), reportNo: text("reportNo"),
                        reportDate: date(form, "reportDate"), conclusion: conclusion,
                        retest: date(form, "retestOn").map { Retest(requestedOn: $0, result: SamplingConclusion(rawValue: form["retestResult"].text)) },
                        commissioned: form["commissioned"].on)
    }

    static func handle(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
        var form = form
        let L = state.language
        let before = form.fields[form.focus].id
        switch form.handle(key) {
        case .cancel:
            state.form = nil
            state.message = StatusMessage(text: Strings.cancelled[L], isError: false)
        case .ignored, .moved:
            state.form = form
        case .edited:
            if before == "product" || before == "segment", let segment = Segment(rawValue: form["segment"].text),
               let site = site(form["product"].text, segment, state.model.index) {
                form["place"].input = TextInput(site.address)
            }
            validate(&form, state: state)
            state.form = form
        case .submit:
            state.form = form
            guard let record = sampling(form, state: state) else {
                state.message = StatusMessage(text: L == .zh ? "请先改正标记的字段" : "correct the marked fields first", isError: true)
                return []
            }
            // The before-state is the sampling as the form opened, never the model now (it may hold others' edits).
            var done = form.original == nil ? b("已新增抽检 \(record.id)", "added sampling \(record.id)") : b("已修改抽检 \(record.id)", "updated sampling \(record.id)")
            if record.conclusion == .fail, record.retest == nil, let reported = record.reportDate {
                let due = DeadlineRule.retestRequest.due(after: reported, calendar: state.model.calendar)
                done = b(done.zh + "：不符合规定，复验可申请至 \(due)（e 记录复验申请）", done.en + ": failed; re-test may be requested until \(due) (e records it)")
            }
            let change = form.original.map { RecordEdit.Change(before: $0, after: .sampling(record)) } ?? RecordEdit.create(.sampling(record))
            return [.save(RecordEdit(changes: [change], reason: nil, conflicts: nil, done: done))]
        }
        return []
    }
}
