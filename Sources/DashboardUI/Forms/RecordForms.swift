import PilotCore

// A record form's fields are the record kind's fields in PilotCore, the very values RecordChecks reports.
extension EnterpriseField: FormFieldKey { public var formID: FormFieldID { .record(.enterprise(self)) } }
extension SiteField: FormFieldKey { public var formID: FormFieldID { .record(.site(self)) } }
extension ProductField: FormFieldKey { public var formID: FormFieldID { .record(.product(self)) } }
extension StaffField: FormFieldKey { public var formID: FormFieldID { .record(.staff(self)) } }
extension InspectorField: FormFieldKey { public var formID: FormFieldID { .record(.inspector(self)) } }

extension EntityField {
    /// The form field a problem of this field is shown beside.
    var formID: FormFieldID { .record(self) }
}

/// Forms to add and edit enterprises, sites, products, resident staff and inspectors. RecordChecks' problems
/// appear beside the field they concern, as the user types.
enum RecordForms: FormKind {
    static func title(_ kind: EntityKind, editing id: String?) -> Bilingual {
        let n = Strings.kindName(kind)
        return id.map { Bilingual(zh: "修改\(n.zh) \($0)", en: "Edit \(n.en) \($0)") } ?? Bilingual(zh: "新增\(n.zh)", en: "Add \(n.en)")
    }

    /// The form for one of the kinds above, or a measure's own form (inspections and samplings have forms reached from
    /// their panes: nil).
    static func form(_ record: AnyRecord, state: AppState, editing: Bool) -> FormState? {
        let L = state.language
        let data = state.model.index.data
        let products = data.products.records.sorted { $0.id < $1.id }
        // Provinces, enterprises and sites are chosen by name from a searchable list (`PickerState`).
        func one(_ id: String) -> [String] { id.isEmpty ? [] : [id] }
        func province(_ code: String) -> FormField.Spec { .pick(Bilingual(zh: "省份", en: "Province"), one(code), .provinces, .one) }
        func enterprise(_ label: Bilingual, _ id: String) -> FormField.Spec { .pick(label, one(id), .enterprises, .one) }
        let levels = RiskRating.Level.allCases
        /// Rule 9's yes / no / not checked for one document.
        func documentChoice(_ d: ProductDocument, _ p: PilotProduct) -> FormField.Spec {
            let label: Bilingual
            switch d {
            case .licence: label = Bilingual(zh: "许可证载明两地址", en: "Licence names both")
            case .certificate: label = Bilingual(zh: "注册证书载明两地址", en: "Certificate: both")
            case .procedures: label = Bilingual(zh: "检定规程载明两地址", en: "Procedures: both")
            }
            return .choice(
                label, d.namesBothAddresses(p).map { $0 ? "yes" : "no" } ?? "", values: ["", "yes", "no"],
                labels: [Strings.notChecked[L], Bilingual(zh: "是", en: "yes")[L], Bilingual(zh: "否", en: "no")[L]])
        }
        func riskChoice(_ label: Bilingual, _ value: RiskRating.Level?) -> FormField.Spec {
            .choice(
                label, value?.rawValue ?? "", values: [""] + levels.map(\.rawValue),
                labels: [FormStrings.noChoice] + levels.map { $0.label[L] })
        }
        let title = title(record.kind, editing: editing ? record.id : nil)
        let purpose: FormPurpose = editing ? .editRecord(record.kind, record.id) : .newRecord(record.kind, RecordEdit.provisionalID)
        let original = editing ? record : nil
        var form: FormState
        switch record {
        case .enterprise(let e):
            form = FormState(title: title, purpose: purpose, original: original) { (field: EnterpriseField) in
                switch field {
                case .name: .text(Bilingual(zh: "名称", en: "Name"), e.name)
                case .nameEn: .text(Bilingual(zh: "英文名称", en: "English name"), e.nameEn ?? "")
                case .creditCode: .text(Bilingual(zh: "统一社会信用代码", en: "Credit code"), e.creditCode)
                case .provinceCode: province(e.provinceCode)
                case .licence: .text(Bilingual(zh: "生产许可证编号", en: "Licence number"), e.licence?.number ?? "")
                case .classes: .text(Bilingual(zh: "许可类别", en: "Licence classes"), e.licence?.classLetters ?? "")
                case .licenceValidUntil: .date(Bilingual(zh: "许可证有效期至", en: "Licence valid until"), e.licence?.validUntil, state)
                case .biologicsSince: .date(Bilingual(zh: "生物制品商业化生产自", en: "Biologics since"), e.biologicsSince, state)
                case .liabilityCompensation: .text(Bilingual(zh: "责任赔偿能力", en: "Liability compensation"), e.liabilityCompensation ?? "")
                }
            }
        case .site(let s):
            form = FormState(title: title, purpose: purpose, original: original) { (field: SiteField) in
                switch field {
                case .enterpriseId: enterprise(Bilingual(zh: "企业", en: "Enterprise"), s.enterpriseId)
                case .address: .text(Bilingual(zh: "地址", en: "Address"), s.address)
                case .addressEn: .text(Bilingual(zh: "英文地址", en: "English address"), s.addressEn ?? "")
                case .provinceCode: province(s.provinceCode)
                case .drugSubstance: .toggle(Bilingual(zh: "许可原液", en: "Drug substance (原液)"), s.drugSubstance)
                case .drugProduct: .toggle(Bilingual(zh: "许可制剂", en: "Drug product (制剂)"), s.drugProduct)
                }
            }
        case .product(let p):
            let (ds, dp) = segmentSites(p)
            let plan = p.supervisionPlan
            form = FormState(title: title, purpose: purpose, original: original) { (field: ProductField) in
                switch field {
                case .name: .text(Bilingual(zh: "品种名称", en: "Name"), p.name)
                case .nameEn: .text(Bilingual(zh: "英文名称", en: "English name"), p.nameEn ?? "")
                case .basis:
                    .choice(
                        Bilingual(zh: "试点依据", en: "Basis"), p.basis?.rawValue ?? "", values: [""] + ProductBasis.allCases.map(\.rawValue),
                        labels: [Strings.notRecorded[L]] + ProductBasis.allCases.map { $0.label[L] })
                case .type:
                    .choice(
                        Bilingual(zh: "品种类型", en: "Type"), p.type.rawValue, values: ProductType.allCases.map(\.rawValue),
                        labels: ProductType.allCases.map { $0.label[L] })
                case .holderId: enterprise(Bilingual(zh: "持有人", en: "Holder"), p.holderId)
                // Only sites licensed for the segment are offered.
                case .drugSubstanceSite:
                    .pick(Bilingual(zh: "原液场地", en: "Drug-substance site"), one(ds), .sitesLicensed(for: .drugSubstance), .optional)
                case .drugProductSite:
                    .pick(Bilingual(zh: "制剂场地", en: "Drug-product site"), one(dp), .sitesLicensed(for: .drugProduct), .optional)
                case .planRef: .text(Bilingual(zh: "一品一策编号", en: "Plan (一品一策)"), p.planRef ?? "")
                case .intrinsic: riskChoice(Bilingual(zh: "固有风险", en: "Intrinsic risk"), p.risk?.intrinsic)
                case .compliance: riskChoice(Bilingual(zh: "合规风险", en: "Compliance risk"), p.risk?.compliance)
                // One date field per partner province instead (`syncJointPlanFields`).
                case .jointPlan: .text(Strings.jointPlan, "")
                case .unifiedQualitySystem:
                    .toggle(Bilingual(zh: "统一质量管理体系", en: "Unified quality system"), p.unifiedQualitySystem ?? false)
                case .licenceNamesBothAddresses: documentChoice(.licence, p)
                case .certificateNamesBothAddresses: documentChoice(.certificate, p)
                case .proceduresNameBothAddresses: documentChoice(.procedures, p)
                case .isVaccine: .toggle(Bilingual(zh: "疫苗", en: "Vaccine"), p.isVaccine)
                case .lotRelease: .toggle(Bilingual(zh: "批签发（疫苗）", en: "Lot release (vaccines)"), p.lotRelease ?? false)
                case .planDocumentNo: .text(Bilingual(zh: "质量监管方案文号", en: "Supervision plan no."), plan?.documentNo ?? "")
                case .planApprovedOn: .date(Bilingual(zh: "监管方案批准日期", en: "Plan approved on"), plan?.approvedOn, state)
                case .planFullSystemInspections:
                    SupervisionPlanFields.count(Bilingual(zh: "每年全体系检查", en: "Full-system insp./year"), \.fullSystemInspections, plan)
                case .planOtherInspections:
                    SupervisionPlanFields.count(Bilingual(zh: "每年其他检查", en: "Other insp./year"), \.otherInspections, plan)
                case .planDrugSubstanceSampling:
                    .toggle(Bilingual(zh: "每年抽检原液", en: "Sample drug substance yearly"), plan?.drugSubstanceSampling ?? false)
                case .planResidentStaff:
                    SupervisionPlanFields.count(Bilingual(zh: "每场地驻厂人员", en: "Resident staff/site"), \.residentStaff, plan)
                case .planSpecialMeasures: .text(Bilingual(zh: "特别监管措施", en: "Special measures"), plan?.specialMeasures ?? "")
                }
            }
        case .staff(let r):
            form = FormState(title: title, purpose: purpose, original: original) { (field: StaffField) in
                switch field {
                case .productId:
                    .choice(
                        Bilingual(zh: "品种", en: "Product"), r.productId, values: products.map(\.id),
                        labels: products.map { "\($0.id) \($0.displayName(L))" })
                case .siteId:
                    .pick(
                        Bilingual(zh: "受托场地", en: "Contract site"), one(r.siteId), .sitesOfProduct(product: StaffField.productId.formID),
                        .one)
                case .person: .text(Bilingual(zh: "姓名", en: "Person"), r.person)
                case .from: .date(Bilingual(zh: "驻厂自", en: "From"), r.from, state)
                case .to: .date(Bilingual(zh: "驻厂至", en: "To"), r.to, state)
                }
            }
        case .inspector(let i):
            form = FormState(title: title, purpose: purpose, original: original) { (field: InspectorField) in
                switch field {
                case .name: .text(Bilingual(zh: "姓名", en: "Name"), i.name)
                case .nameEn: .text(Bilingual(zh: "英文名", en: "English name"), i.nameEn ?? "")
                case .unit: .text(Bilingual(zh: "单位", en: "Unit"), i.unit)
                case .provinceCode: province(i.provinceCode)
                case .conflicts: .pick(Bilingual(zh: "利益冲突企业", en: "Conflicts of interest"), i.conflicts, .enterprises, .several)
                }
            }
        case .measure(let m):
            return MeasureForms.form(m, state: state, editing: editing)
        case .inspection, .sampling, .setting:
            return nil
        }
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
            return .site(
                Site(
                    id: id, enterpriseId: data.enterprises.records.last?.id ?? "",
                    address: "", provinceCode: data.enterprises.records.last?.provinceCode ?? "", drugSubstance: true, drugProduct: false))
        case .product:
            return .product(
                PilotProduct(id: id, name: "", type: .antibody, holderId: data.enterprises.records.last?.id ?? "", segments: []))
        case .staff:
            let product = state.selectedRow?.product
            return .staff(
                ResidentStaff(
                    id: id, productId: product?.id ?? "",
                    siteId: product.flatMap { state.model.index.contractSites(of: $0).first?.id } ?? "", person: "", from: today))
        case .inspector:
            return .inspector(Inspector(id: id, name: "", unit: "", provinceCode: ""))
        case .inspection, .sampling, .setting, .measure:
            return nil
        }
    }

    static func text<F: FormFieldKey>(_ form: FormState, _ field: F) -> String { form[field].text.trimmed }
    static func optional<F: FormFieldKey>(_ form: FormState, _ field: F) -> String? { text(form, field).isEmpty ? nil : text(form, field) }

    /// A date field: nil while it cannot be read (the field is marked), .some(nil) when empty.
    static func date<F: FormFieldKey>(_ form: FormState, _ field: F) -> CivilDate?? {
        if text(form, field).isEmpty { return .some(nil) }
        return form[field].date.map { .some($0) } ?? nil
    }

    /// The record the form describes, built on the record as it was opened so fields the form does not show are
    /// kept, and a field left as shown keeps its stored value (an unchanged form is no change).
    /// Nil (with the field marked) while a date cannot be read.
    static func record(_ form: FormState, state: AppState) -> AnyRecord? {
        guard case .newRecord(let kind, let id)? = form.purpose.recordTarget else { return nil }
        /// An optional flag shown as a check box: an edited record keeps it unset while the box is as it was shown.
        func flag(_ old: Bool?, _ field: ProductField) -> Bool? {
            form.original != nil && form[field].on == (old ?? false) ? old : form[field].on
        }
        switch form.original ?? blank(kind, state: state) {
        case .enterprise(var e)?:
            guard let since = date(form, EnterpriseField.biologicsSince), let validUntil = date(form, EnterpriseField.licenceValidUntil)
            else { return nil }
            let number = text(form, EnterpriseField.licence)
            let classes = Set(text(form, EnterpriseField.classes).uppercased().compactMap { LicenceClass(rawValue: String($0)) })
            e.id = id
            e.name = text(form, EnterpriseField.name)
            e.nameEn = optional(form, EnterpriseField.nameEn)
            e.creditCode = text(form, EnterpriseField.creditCode).uppercased()
            e.provinceCode = text(form, EnterpriseField.provinceCode)
            // An expiry without a number keeps a licence, so the check asks for the number instead of dropping the date.
            e.licence =
                number.isEmpty && validUntil == nil
                ? nil
                : ManufacturingLicence(
                    number: number, classes: classes, productTypes: e.licence?.productTypes ?? "s", validUntil: validUntil)
            e.biologicsSince = since
            e.liabilityCompensation = optional(form, EnterpriseField.liabilityCompensation)
            return .enterprise(e)
        case .site(var s)?:
            s.id = id
            s.enterpriseId = text(form, SiteField.enterpriseId)
            s.address = text(form, SiteField.address)
            s.addressEn = optional(form, SiteField.addressEn)
            s.provinceCode = text(form, SiteField.provinceCode)
            s.drugSubstance = form[SiteField.drugSubstance].on
            s.drugProduct = form[SiteField.drugProduct].on
            return .site(s)
        case .product(let old)?:
            var p = old
            p.id = id
            p.name = text(form, ProductField.name)
            p.nameEn = optional(form, ProductField.nameEn)
            p.basis = ProductBasis(rawValue: form[ProductField.basis].text)
            p.type = ProductType(rawValue: form[ProductField.type].text) ?? .other
            p.holderId = form[ProductField.holderId].text
            let sites = (form[ProductField.drugSubstanceSite].text, form[ProductField.drugProductSite].text)
            if sites != segmentSites(old) {
                p.segments = [(Segment.drugSubstance, sites.0), (.drugProduct, sites.1)].compactMap { segment, site in
                    site.isEmpty ? nil : SegmentSite(segment, siteId: site)
                }
            }
            p.planRef = optional(form, ProductField.planRef)
            if let i = RiskRating.Level(rawValue: form[ProductField.intrinsic].text),
                let c = RiskRating.Level(rawValue: form[ProductField.compliance].text)
            {
                p.risk = RiskRating(intrinsic: i, compliance: c)
            } else {
                p.risk = nil
            }
            guard let dates = jointPlanDates(form, old.jointPlanDates) else { return nil }
            if dates != old.jointPlanDates {
                p.jointPlanDates = dates
                // Dates entered replace an older store's single yes/no.
                p.legacyJointPlan = nil
            }
            p.unifiedQualitySystem = flag(old.unifiedQualitySystem, .unifiedQualitySystem)
            func answer(_ field: ProductField) -> Bool? { ["yes": true, "no": false][form[field].text] }
            p.licenceNamesBothAddresses = answer(.licenceNamesBothAddresses)
            p.certificateNamesBothAddresses = answer(.certificateNamesBothAddresses)
            p.proceduresNameBothAddresses = answer(.proceduresNameBothAddresses)
            // A multivalent vaccine is a vaccine whatever the toggle says; other types may be vaccines too.
            p.isVaccine = form[ProductField.isVaccine].on || p.type == .multivalentVaccine
            p.lotRelease =
                p.isVaccine
                ? flag(old.lotRelease, .lotRelease) : (form.original == nil || old.isVaccine ? nil : old.lotRelease)
            guard let plan = SupervisionPlanFields.plan(form, old.supervisionPlan) else { return nil }
            p.supervisionPlan = plan
            return .product(p)
        case .staff(var r)?:
            guard let fromDate = date(form, StaffField.from), let from = fromDate, let to = date(form, StaffField.to) else { return nil }
            r.id = id
            r.productId = form[StaffField.productId].text
            r.siteId = form[StaffField.siteId].text
            r.person = text(form, StaffField.person)
            r.from = from
            r.to = to
            return .staff(r)
        case .inspector(var i)?:
            i.id = id
            i.name = text(form, InspectorField.name)
            i.nameEn = optional(form, InspectorField.nameEn)
            i.unit = text(form, InspectorField.unit)
            i.provinceCode = text(form, InspectorField.provinceCode)
            i.conflicts = InspectionForms.ids(text(form, InspectorField.conflicts))
            return .inspector(i)
        case .inspection?, .sampling?, .setting?, .measure?, nil:
            return nil
        }
    }

    /// The drug-substance and drug-product sites the product form shows (the first of each segment).
    static func segmentSites(_ p: PilotProduct) -> (String, String) {
        (p.segments.first { $0.segment == .drugSubstance }?.siteId ?? "", p.segments.first { $0.segment == .drugProduct }?.siteId ?? "")
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        syncJointPlanFields(&form, state: state)
        form.clearErrors()
        form.notes = []
        form.info = nil
        // Every date field says why its text is not a date.
        for i in form.fields.indices { form.fields[i].error = form.fields[i].dateProblem?[L] }
        guard let record = record(form, state: state) else { return }
        for problem in RecordChecks.check(record, in: state.model.index.data, provinces: state.model.provinces, today: state.model.today) {
            if problem.isError {
                // A problem of a field the form does not show is shown beside the first field.
                let i = form.fields.firstIndex { $0.id == problem.field.formID } ?? 0
                if form.fields[i].error == nil { form.fields[i].error = problem.message[L] }
            } else {
                form.notes.append(problem.message[L])
            }
        }
        if case .enterprise(let e) = record, CreditCode.problem(in: e.creditCode) == nil, !e.creditCode.isEmpty {
            form.info = Bilingual(zh: "统一社会信用代码校验通过", en: "credit code check character is correct")[L]
        }
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        guard form.isValid, let record = record(form, state: state) else { return .invalid }
        // The before-state is the record as the form opened, never the model now (it may hold others' edits).
        let change = form.original.map { RecordEdit.Change(before: $0, after: record) } ?? RecordEdit.create(record)
        let done =
            form.original == nil
            ? Bilingual(zh: "已新增 \(record.id)", en: "added \(record.id)") : Bilingual(zh: "已修改 \(record.id)", en: "updated \(record.id)")
        return .save(RecordEdit(changes: [change], reason: nil, conflicts: nil, done: done))
    }
}
