import PilotCore

/// Forms to add and edit enterprises, sites, products, resident staff and inspectors. Fields carry the names
/// RecordChecks uses, so its problems appear beside the field they concern, as the user types.
enum RecordForms {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func title(_ kind: EntityKind, editing id: String?) -> Bilingual {
        let n = Strings.kindName(kind)
        return id.map { b("修改\(n.zh) \($0)", "Edit \(n.en) \($0)") } ?? b("新增\(n.zh)", "Add \(n.en)")
    }

    static func form(_ record: AnyRecord, state: AppState, editing: Bool) -> FormState {
        let L = state.language
        let data = state.model.index.data
        let enterprises = data.enterprises.records.sorted { $0.id < $1.id }
        let sites = data.sites.records.sorted { $0.id < $1.id }
        let products = data.products.records.sorted { $0.id < $1.id }
        func enterpriseChoice(_ id: String, _ value: String, _ label: Bilingual) -> FormField {
            FormField(id, label, choice: value, values: enterprises.map(\.id), labels: enterprises.map { "\($0.id) \($0.displayName(L))" })
        }
        func siteChoice(_ id: String, _ value: String, _ label: Bilingual) -> FormField {
            FormField(id, label, choice: value, values: [""] + sites.map(\.id), labels: ["—"] + sites.map { "\($0.id) \($0.displayAddress(L))" })
        }
        let levels = RiskRating.Level.allCases
        var fields: [FormField]
        switch record {
        case .enterprise(let e):
            fields = [
                FormField("name", b("名称", "Name"), text: e.name),
                FormField("nameEn", b("英文名称", "English name"), text: e.nameEn ?? ""),
                FormField("creditCode", b("统一社会信用代码", "Credit code"), text: e.creditCode),
                FormField("provinceCode", b("省份代码", "Province code"), text: e.provinceCode),
                FormField("licence", b("生产许可证编号", "Licence number"), text: e.licence?.number ?? ""),
                FormField("classes", b("许可类别", "Licence classes"), text: e.licence?.classLetters ?? ""),
                FormField("biologicsSince", b("生物制品商业化生产自", "Biologics since"), text: e.biologicsSince?.description ?? ""),
                FormField("liabilityCompensation", b("责任赔偿能力", "Liability compensation"), text: e.liabilityCompensation ?? ""),
            ]
        case .site(let s):
            fields = [
                enterpriseChoice("enterpriseId", s.enterpriseId, b("企业", "Enterprise")),
                FormField("address", b("地址", "Address"), text: s.address),
                FormField("addressEn", b("英文地址", "English address"), text: s.addressEn ?? ""),
                FormField("provinceCode", b("省份代码", "Province code"), text: s.provinceCode),
                FormField("drugSubstance", b("许可原液", "Drug substance (原液)"), toggle: s.drugSubstance),
                FormField("drugProduct", b("许可制剂", "Drug product (制剂)"), toggle: s.drugProduct),
            ]
        case .product(let p):
            let (ds, dp) = segmentSites(p)
            fields = [
                FormField("name", b("品种名称", "Name"), text: p.name),
                FormField("nameEn", b("英文名称", "English name"), text: p.nameEn ?? ""),
                FormField("category", b("类别", "Category"), choice: p.category.rawValue, values: ProductCategory.allCases.map(\.rawValue),
                          labels: ProductCategory.allCases.map { $0.label[L] }),
                enterpriseChoice("holderId", p.holderId, b("持有人", "Holder")),
                siteChoice("drugSubstanceSite", ds, b("原液场地", "Drug-substance site")),
                siteChoice("drugProductSite", dp, b("制剂场地", "Drug-product site")),
                FormField("planRef", b("一品一策编号", "Plan (一品一策)"), text: p.planRef ?? ""),
                FormField("intrinsic", b("固有风险", "Intrinsic risk"), choice: p.risk?.intrinsic.rawValue ?? "", values: [""] + levels.map(\.rawValue), labels: ["—"] + levels.map { $0.label[L] }),
                FormField("compliance", b("合规风险", "Compliance risk"), choice: p.risk?.compliance.rawValue ?? "", values: [""] + levels.map(\.rawValue), labels: ["—"] + levels.map { $0.label[L] }),
                FormField("jointPlan", b("两地共同研究方案", "Joint plan"), toggle: p.jointPlan ?? false),
                FormField("unifiedQualitySystem", b("统一质量管理体系", "Unified quality system"), toggle: p.unifiedQualitySystem ?? false),
                FormField("documentsNameBothAddresses", b("证书载明两地址", "Documents name both addresses"), toggle: p.documentsNameBothAddresses ?? false),
                FormField("lotRelease", b("批签发（疫苗）", "Lot release (vaccines)"), toggle: p.lotRelease ?? false),
            ]
        case .staff(let r):
            fields = [
                FormField("productId", b("品种", "Product"), choice: r.productId, values: products.map(\.id), labels: products.map { "\($0.id) \($0.displayName(L))" }),
                siteChoice("siteId", r.siteId, b("受托场地", "Contract site")),
                FormField("person", b("姓名", "Person"), text: r.person),
                FormField("from", b("驻厂自", "From"), text: r.from.description),
                FormField("to", b("驻厂至", "To"), text: r.to?.description ?? ""),
            ]
        case .inspector(let i):
            fields = [
                FormField("name", b("姓名", "Name"), text: i.name),
                FormField("nameEn", b("英文名", "English name"), text: i.nameEn ?? ""),
                FormField("unit", b("单位", "Unit"), text: i.unit),
                FormField("provinceCode", b("省份代码", "Province code"), text: i.provinceCode),
                FormField("conflicts", b("利益冲突企业", "Conflicts (enterprise ids)"), text: i.conflicts.joined(separator: ", ")),
            ]
        case .inspection, .sampling:
            fields = []
        }
        var form = FormState(title: title(record.kind, editing: editing ? record.id : nil), fields: fields,
                             purpose: editing ? .editRecord(record.kind, record.id) : .newRecord(record.kind, RecordEdit.provisionalID))
        form.original = editing ? record : nil
        validate(&form, state: state)
        return form
    }

    /// A blank record of a kind with sensible defaults and today's date where one is needed. Its id is provisional:
    /// the runtime numbers it when it is written.
    static func blank(_ kind: EntityKind, state: AppState) -> AnyRecord? {
        let data = state.model.index.data
        let today = state.model.today
        let id = RecordEdit.provisionalID
        switch kind {
        case .enterprise:
            return .enterprise(Enterprise(id: id, name: "", creditCode: "", provinceCode: ""))
        case .site:
            return .site(Site(id: id, enterpriseId: data.enterprises.records.last?.id ?? "",
                              address: "", provinceCode: data.enterprises.records.last?.provinceCode ?? "", drugSubstance: true, drugProduct: false))
        case .product:
            return .product(PilotProduct(id: id, name: "", category: .antibody, holderId: data.enterprises.records.last?.id ?? "", segments: []))
        case .staff:
            let product = state.selectedRow?.product
            return .staff(ResidentStaff(id: id, productId: product?.id ?? "",
                                        siteId: product.flatMap { state.model.index.contractSites(of: $0).first?.id } ?? "", person: "", from: today))
        case .inspector:
            return .inspector(Inspector(id: id, name: "", unit: "", provinceCode: ""))
        case .inspection, .sampling:
            return nil
        }
    }

    static func text(_ form: FormState, _ id: String) -> String { form[id].text.trimmed }
    static func optional(_ form: FormState, _ id: String) -> String? { text(form, id).isEmpty ? nil : text(form, id) }

    /// The record the form describes, built on the record as it was opened so fields the form does not show are
    /// kept, and a field left as shown keeps its stored value (an unchanged form is no change).
    /// Nil (with the field marked) while a date cannot be read.
    static func record(_ form: FormState, state: AppState) -> AnyRecord? {
        guard case .newRecord(let kind, let id) = form.purpose.recordTarget ?? .newRecord(.product, "") else { return nil }
        func date(_ field: String) -> CivilDate?? {
            let t = text(form, field)
            if t.isEmpty { return .some(nil) }
            return CivilDate(t).map { .some($0) } ?? nil
        }
        /// An optional flag shown as a check box: an edited record keeps it unset while the box is as it was shown.
        func flag(_ old: Bool?, _ field: String) -> Bool? {
            form.original != nil && form[field].on == (old ?? false) ? old : form[field].on
        }
        let original = form.original ?? blank(kind, state: state)
        switch original {
        case .enterprise(var e)?:
            guard let since = date("biologicsSince") else { return nil }
            let number = text(form, "licence")
            let classes = Set(text(form, "classes").uppercased().compactMap { LicenceClass(rawValue: String($0)) })
            e.id = id
            e.name = text(form, "name")
            e.nameEn = optional(form, "nameEn")
            e.creditCode = text(form, "creditCode").uppercased()
            e.provinceCode = text(form, "provinceCode")
            e.licence = number.isEmpty ? nil : ManufacturingLicence(number: number, classes: classes, productTypes: e.licence?.productTypes ?? "s")
            e.biologicsSince = since
            e.liabilityCompensation = optional(form, "liabilityCompensation")
            return .enterprise(e)
        case .site(var s)?:
            s.id = id
            s.enterpriseId = text(form, "enterpriseId")
            s.address = text(form, "address")
            s.addressEn = optional(form, "addressEn")
            s.provinceCode = text(form, "provinceCode")
            s.drugSubstance = form["drugSubstance"].on
            s.drugProduct = form["drugProduct"].on
            return .site(s)
        case .product(let old)?:
            var p = old
            p.id = id
            p.name = text(form, "name")
            p.nameEn = optional(form, "nameEn")
            p.category = ProductCategory(rawValue: form["category"].text) ?? .other
            p.holderId = form["holderId"].text
            let sites = (form["drugSubstanceSite"].text, form["drugProductSite"].text)
            if sites != segmentSites(old) {
                p.segments = [(Segment.drugSubstance, sites.0), (.drugProduct, sites.1)].compactMap { segment, site in
                    site.isEmpty ? nil : SegmentSite(segment, siteId: site)
                }
            }
            p.planRef = optional(form, "planRef")
            if let i = RiskRating.Level(rawValue: form["intrinsic"].text), let c = RiskRating.Level(rawValue: form["compliance"].text) {
                p.risk = RiskRating(intrinsic: i, compliance: c)
            } else {
                p.risk = nil
            }
            p.jointPlan = flag(old.jointPlan, "jointPlan")
            p.unifiedQualitySystem = flag(old.unifiedQualitySystem, "unifiedQualitySystem")
            p.documentsNameBothAddresses = flag(old.documentsNameBothAddresses, "documentsNameBothAddresses")
            p.lotRelease = p.category.isVaccine ? flag(old.lotRelease, "lotRelease") : (form.original == nil || old.category.isVaccine ? nil : old.lotRelease)
            return .product(p)
        case .staff(var r)?:
            guard let fromDate = date("from"), let from = fromDate, let to = date("to") else { return nil }
            r.id = id
            r.productId = form["productId"].text
            r.siteId = form["siteId"].text
            r.person = text(form, "person")
            r.from = from
            r.to = to
            return .staff(r)
        case .inspector(var i)?:
            i.id = id
            i.name = text(form, "name")
            i.nameEn = optional(form, "nameEn")
            i.unit = text(form, "unit")
            i.provinceCode = text(form, "provinceCode")
            i.conflicts = InspectionForms.ids(text(form, "conflicts"))
            return .inspector(i)
        case .inspection?, .sampling?, nil:
            return nil
        }
    }

    /// The drug-substance and drug-product sites the product form shows (the first of each segment).
    static func segmentSites(_ p: PilotProduct) -> (String, String) {
        (p.segments.first { $0.segment == .drugSubstance }?.siteId ?? "", p.segments.first { $0.segment == .drugProduct }?.siteId ?? "")
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        for i in form.fields.indices { form.fields[i].error = nil }
        form.notes = []
        form.info = nil
        for id in ["biologicsSince", "from", "to"] where form.fields.contains(where: { $0.id == id }) {
            if !form[id].text.trimmed.isEmpty && CivilDate(form[id].text.trimmed) == nil {
                form[id].error = L == .zh ? "不是日期（YYYY-MM-DD）" : "not a date (YYYY-MM-DD)"
            }
        }
        guard let record = record(form, state: state) else { return }
        for problem in RecordChecks.check(record, in: state.model.index.data, provinces: state.model.provinces) {
            let field = form.fields.contains { $0.id == problem.field } ? problem.field : form.fields[0].id
            if problem.isError {
                if form[field].error == nil { form[field].error = problem.message[L] }
            } else {
                form.notes.append(problem.message[L])
            }
        }
        if case .enterprise(let e) = record, CreditCode.problem(in: e.creditCode) == nil, !e.creditCode.isEmpty {
            form.info = L == .zh ? "统一社会信用代码校验通过" : "credit code check character is correct"
        }
    }

    static func handle(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
        var form = form
        let L = state.language
        switch form.handle(key) {
        case .cancel:
            state.form = nil
            state.message = StatusMessage(text: Strings.cancelled[L], isError: false)
        case .ignored, .moved:
            state.form = form
        case .edited:
            validate(&form, state: state)
            state.form = form
        case .submit:
            validate(&form, state: state)
            state.form = form
            guard form.fields.allSatisfy({ $0.error == nil }), let record = record(form, state: state) else {
                state.message = StatusMessage(text: L == .zh ? "请先改正标记的字段" : "correct the marked fields first", isError: true)
                return []
            }
            // The before-state is the record as the form opened, never the model now (it may hold others' edits).
            let change = form.original.map { RecordEdit.Change(before: $0, after: record) } ?? RecordEdit.create(record)
            let done = form.original == nil ? b("已新增 \(record.id)", "added \(record.id)") : b("已修改 \(record.id)", "updated \(record.id)")
            return [.save(RecordEdit(changes: [change], reason: nil, conflicts: nil, done: done))]
        }
        return []
    }
}

extension FormPurpose {
    /// For record forms: the kind and id, as a new-record target (edits keep their id).
    var recordTarget: FormPurpose? {
        switch self {
        case .newRecord(let kind, let id), .editRecord(let kind, let id): return .newRecord(kind, id)
        default: return nil
        }
    }
}
