import PilotCore

/// Every stored field of each kind of record except its id (a test keeps this list complete: a field missing
/// here would be neither shown nor merged).
enum RecordFieldList {
    static func fields(_ kind: EntityKind) -> [RecordField] {
        switch kind {
        case .enterprise:
            let f = Fields<Enterprise>({ if case .enterprise(let r) = $0 { return r } else { return nil } }, AnyRecord.enterprise)
            return [
                f.field("name", "名称", "Name", \.name, Show.text),
                f.field("nameEn", "英文名称", "English name", \.nameEn, Show.text),
                f.field("creditCode", "统一社会信用代码", "Credit code", \.creditCode, Show.text),
                f.provinces("provinceCode", "省份", "Province", \.provinceCode) { [$0] },
                f.field("licence", "生产许可证", "Licence", \.licence) { l, L in
                    l.map {
                        "\($0.number) \($0.classLetters) \($0.productTypes)"
                            + ($0.validUntil.map { " \(Strings.validUntil[L]) \($0)" } ?? "")
                    } ?? "—"
                },
                f.field("biologicsSince", "生物制品商业化生产自", "Biologics since", \.biologicsSince, Show.date),
                f.field("liabilityCompensation", "责任赔偿能力", "Liability compensation", \.liabilityCompensation, Show.text),
            ]
        case .site:
            let f = Fields<Site>({ if case .site(let r) = $0 { return r } else { return nil } }, AnyRecord.site)
            return [
                f.field("enterpriseId", "企业", "Enterprise", \.enterpriseId, Show.text),
                f.field("address", "地址", "Address", \.address, Show.text),
                f.field("addressEn", "英文地址", "English address", \.addressEn, Show.text),
                f.provinces("provinceCode", "省份", "Province", \.provinceCode) { [$0] },
                f.field("drugSubstance", "许可原液", "Drug substance", \.drugSubstance, Show.flag),
                f.field("drugProduct", "许可制剂", "Drug product", \.drugProduct, Show.flag),
            ]
        case .product:
            let f = Fields<PilotProduct>({ if case .product(let r) = $0 { return r } else { return nil } }, AnyRecord.product)
            return [
                f.field("name", "品种名称", "Name", \.name, Show.text),
                f.field("nameEn", "英文名称", "English name", \.nameEn, Show.text),
                f.field("basis", "试点依据", "Basis", \.basis) { b, L in b?.label[L] ?? "—" },
                f.field("type", "品种类型", "Type", \.type) { t, L in t.label[L] },
                f.field("holderId", "持有人", "Holder", \.holderId, Show.text),
                f.field("segments", "生产场地", "Sites", \.segments) { s, L in Show.list(s.map { "\($0.segment.label[L]) \($0.siteId)" }) },
                f.field("steps", "试点步骤", "Steps", \.steps) { s, L in Show.list(s.map { "\($0.stage.label[L]) \($0.date)" }) },
                f.field("planRef", "一品一策编号", "Plan (一品一策)", \.planRef, Show.text),
                f.field("jointPlanDates", "跨省会同研究试点方案", "Joint plan", \.jointPlanDates) { d, _ in
                    Show.list(d.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })
                },
                f.field("legacyJointPlan", "会同研究方案（旧）", "Joint plan (old)", \.legacyJointPlan, Show.flag),
                f.field("unifiedQualitySystem", "统一质量管理体系", "Unified quality system", \.unifiedQualitySystem, Show.flag),
                f.field("licenceNamesBothAddresses", "许可证载明两地址", "Licence names both", \.licenceNamesBothAddresses, Show.flag),
                f.field(
                    "certificateNamesBothAddresses", "注册证书载明两地址", "Certificate names both", \.certificateNamesBothAddresses, Show.flag),
                f.field("proceduresNameBothAddresses", "规程载明两地址", "Procedures name both", \.proceduresNameBothAddresses, Show.flag),
                f.field("lotRelease", "批签发（疫苗）", "Lot release", \.lotRelease, Show.flag),
                f.field("risk", "风险", "Risk", \.risk) { r, L in r.map { "\($0.intrinsic.label[L]) / \($0.compliance.label[L])" } ?? "—" },
                f.field("isVaccine", "疫苗", "Vaccine", \.isVaccine, Show.flag),
                f.field("supervisionPlan", "质量监管方案", "Supervision plan", \.supervisionPlan) { plan, L in
                    plan.map { p in
                        Show.list([p.documentNo, p.approvedOn?.description, p.requirements[L], p.specialMeasures].compactMap { $0 })
                    } ?? "—"
                },
            ]
        case .staff:
            let f = Fields<ResidentStaff>({ if case .staff(let r) = $0 { return r } else { return nil } }, AnyRecord.staff)
            return [
                f.field("productId", "品种", "Product", \.productId, Show.text),
                f.field("siteId", "受托场地", "Contract site", \.siteId, Show.text),
                f.field("person", "姓名", "Person", \.person, Show.text),
                f.field("from", "驻厂自", "From", \.from, Show.date),
                f.field("to", "驻厂至", "To", \.to, Show.date),
            ]
        case .inspector:
            let f = Fields<Inspector>({ if case .inspector(let r) = $0 { return r } else { return nil } }, AnyRecord.inspector)
            return [
                f.field("name", "姓名", "Name", \.name, Show.text),
                f.field("nameEn", "英文名", "English name", \.nameEn, Show.text),
                f.field("unit", "单位", "Unit", \.unit, Show.text),
                f.provinces("provinceCode", "省份", "Province", \.provinceCode) { [$0] },
                f.field("conflicts", "利益冲突企业", "Conflicts", \.conflicts) { c, _ in Show.list(c) },
            ]
        case .inspection:
            let f = Fields<Inspection>({ if case .inspection(let r) = $0 { return r } else { return nil } }, AnyRecord.inspection)
            return [
                f.field("productId", "品种", "Product", \.productId, Show.text),
                f.field("siteIds", "检查场地", "Sites", \.siteIds) { s, _ in Show.list(s) },
                f.field("type", "检查类型", "Type", \.type) { t, L in t.label[L] },
                f.field("unannounced", "飞行检查", "Unannounced", \.unannounced, Show.flag),
                f.field("joint", "联合检查", "Joint", \.joint, Show.flag),
                f.provinces("partnerProvinceCode", "联合省份（旧）", "Partner province (old)", \.partnerProvinceCode) { $0.map { [$0] } ?? [] },
                f.field("start", "开始日期", "Start", \.start, Show.date),
                f.field("end", "结束日期", "End", \.end, Show.date),
                f.field("team", "检查员", "Inspectors", \.team) { t, _ in Show.list(t) },
                f.field("status", "状态", "Status", \.status) { s, L in s.label[L] },
                f.field("defects", "缺陷", "Defects", \.defects) { d, L in d?.label[L] ?? "—" },
                f.field("conclusion", "现场检查结论", "On-site conclusion", \.conclusion) { c, L in c?.label[L] ?? "—" },
                f.field("assessment", "综合评定", "Overall assessment", \.assessment, Show.text),
                f.field("rectificationDue", "整改期限", "Rectification due", \.rectificationDue, Show.date),
                f.field("rectificationClosed", "整改报告收到（旧）", "Report received (old)", \.rectificationClosed, Show.date),
                f.field("reason", "事由", "Reason", \.reason, Show.text),
                f.field("conflictApprovedBy", "利益冲突批准人", "Conflict approved by", \.conflictApprovedBy, Show.text),
                f.field("holderQualitySystem", "持有人质量体系", "Holder quality system", \.holderQualitySystem) { h, L in
                    Show.flag(h == true, L)
                },
                f.field("defectListReissuedOn", "缺陷清单重发", "Defect list re-issued", \.defectListReissuedOn, Show.date),
                f.field("reportReceivedOn", "整改报告收到", "Report received", \.reportReceivedOn, Show.date),
                f.field("overallAssessment", "综合评定结论", "Overall assessment", \.overallAssessment) { a, L in a?.label[L] ?? "—" },
                f.field("overallAssessmentOn", "综合评定日期", "Assessed on", \.overallAssessmentOn, Show.date),
                f.provinces("partnerProvinceCodes", "联合省份", "Partner provinces", \.partnerProvinceCodes) { $0 ?? [] },
            ]
        case .sampling:
            let f = Fields<Sampling>({ if case .sampling(let r) = $0 { return r } else { return nil } }, AnyRecord.sampling)
            return [
                f.field("productId", "品种", "Product", \.productId, Show.text),
                f.field("segment", "分段", "Segment", \.segment) { s, L in s.label[L] },
                f.field("batch", "批号", "Batch", \.batch, Show.text),
                f.field("sampledOn", "抽样日期", "Sampled on", \.sampledOn, Show.date),
                f.field("place", "抽样地点", "Place", \.place, Show.text),
                f.field("samplingUnit", "抽样单位", "Sampling unit", \.samplingUnit, Show.text),
                f.field("lab", "检验机构", "Lab", \.lab, Show.text),
                f.field("receivedOn", "收样日期", "Received on", \.receivedOn, Show.date),
                f.field("testItems", "检验项目", "Test items", \.testItems, Show.text),
                f.field("reportNo", "报告书编号", "Report number", \.reportNo, Show.text),
                f.field("reportDate", "报告日期", "Report date", \.reportDate, Show.date),
                f.field("conclusion", "检验结论", "Conclusion", \.conclusion) { c, L in c.label[L] },
                f.field("retest", "复验", "Re-test", \.retest) { r, L in r.map { "\($0.requestedOn) \($0.result?.label[L] ?? "")" } ?? "—" },
                f.field("commissioned", "委托检验", "Commissioned", \.commissioned, Show.flag),
                f.field("requestedOn", "委托日期", "Requested on", \.requestedOn, Show.date),
                f.field("reportDueExtendedTo", "报告延期至", "Report due extended to", \.reportDueExtendedTo, Show.date),
                f.field("reportServedOn", "报告送达日期", "Report served on", \.reportServedOn, Show.date),
                f.field("voided", "作废", "Voided", \.voided) { v, _ in v.map { "\($0.date) \($0.reason)" } ?? "—" },
            ]
        case .setting:
            let f = Fields<Setting>({ if case .setting(let r) = $0 { return r } else { return nil } }, AnyRecord.setting)
            return [
                f.field("value", "设定值", "Value", \.value, Show.text),
                f.field("reason", "依据", "Reason", \.reason, Show.text),
            ]
        case .measure:
            let f = Fields<Measure>({ if case .measure(let r) = $0 { return r } else { return nil } }, AnyRecord.measure)
            return [
                f.field("productId", "品种", "Product", \.productId, Show.text),
                f.field("answers", "针对", "Answers", \.answers) { a, L in "\(a.kind.label[L]) \(a.id)" },
                f.field("kind", "措施", "Measure", \.kind) { k, L in k.label[L] },
                f.field("decidedOn", "决定日期", "Decided on", \.decidedOn, Show.date),
                f.field("decidedBy", "决定机关", "Decided by", \.decidedBy, Show.text),
                f.field("owner", "责任人", "Owner", \.owner, Show.text),
                f.field("deadline", "期限", "Deadline", \.deadline, Show.date),
                f.field("needsTesting", "需要检验", "Needs testing", \.needsTesting) { t, L in Show.flag(t == true, L) },
                f.field("testReportOn", "检验报告日期", "Test report on", \.testReportOn, Show.date),
                f.field("status", "状态", "Status", \.status) { s, L in s.label[L] },
                f.field("closedOn", "办结日期", "Closed on", \.closedOn, Show.date),
                f.field("evidence", "办结依据", "Evidence", \.evidence, Show.text),
            ]
        }
    }
}

/// Builds the fields of one record type from key paths.
private struct Fields<R> {
    let unwrap: (AnyRecord) -> R?
    let wrap: (R) -> AnyRecord

    init(_ unwrap: @escaping (AnyRecord) -> R?, _ wrap: @escaping (R) -> AnyRecord) {
        self.unwrap = unwrap
        self.wrap = wrap
    }

    func field<V: Equatable>(
        _ name: String, _ zh: String, _ en: String, _ path: WritableKeyPath<R, V>,
        _ show: @escaping (V, Language) -> String
    ) -> RecordField {
        let unwrap = self.unwrap
        let wrap = self.wrap
        return RecordField(
            name: name, label: Bilingual(zh: zh, en: en),
            show: { record, L, _ in unwrap(record).map { show($0[keyPath: path], L) } ?? "—" },
            same: { a, b in unwrap(a)?[keyPath: path] == unwrap(b)?[keyPath: path] },
            copy: { source, target in
                guard let value = unwrap(source)?[keyPath: path], var r = unwrap(target) else { return }
                r[keyPath: path] = value
                target = wrap(r)
            })
    }

    /// A field of province codes, shown by the provinces' names.
    func provinces<V: Equatable>(
        _ name: String, _ zh: String, _ en: String, _ path: WritableKeyPath<R, V>, codes: @escaping (V) -> [String]
    )
        -> RecordField
    {
        let plain = field(name, zh, en, path) { value, _ in Show.list(codes(value)) }
        let unwrap = self.unwrap
        return RecordField(
            name: name, label: plain.label,
            show: { record, L, table in
                guard let table, let value = unwrap(record)?[keyPath: path] else { return plain.show(record, L, nil) }
                return Show.list(codes(value).map { table.named(code: $0)?.displayName(L) ?? $0 })
            },
            same: plain.same, copy: plain.copy)
    }
}

/// How field values read in the conflict overlay: an empty value as "—", lists joined.
private enum Show {
    static func text(_ s: String, _ L: Language) -> String { s.isEmpty ? "—" : s }
    static func text(_ s: String?, _ L: Language) -> String { s.map { text($0, L) } ?? "—" }
    static func date(_ d: CivilDate, _ L: Language) -> String { d.description }
    static func date(_ d: CivilDate?, _ L: Language) -> String { d?.description ?? "—" }
    static func flag(_ b: Bool, _ L: Language) -> String { b ? Bilingual(zh: "是", en: "yes")[L] : Bilingual(zh: "否", en: "no")[L] }
    static func flag(_ b: Bool?, _ L: Language) -> String { b.map { flag($0, L) } ?? "—" }
    static func list(_ items: [String]) -> String { items.isEmpty ? "—" : items.joined(separator: ", ") }
}
