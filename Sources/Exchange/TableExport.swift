import PilotCore

/// The CSV exports: one column list per kind, each column with its stable key and its Chinese and English header.
public enum TableExport {
    public enum HeaderStyle: String, CaseIterable, Sendable { case keys, zh, en }

    /// Enumerations and yes/no as stored keys (`drug-product`, `true`) or in words of the header's language
    /// (制剂, 是); imports read both.
    public enum ValueStyle: String, CaseIterable, Sendable { case keys, words }

    public enum Kind: String, CaseIterable, Sendable { case products, inspections, samplings, measures }

    /// A column of records read with `Context`: the index for products (their holder, provinces), the data
    /// for the rest, which need no index (building one was a sixth of exporting 200k samplings).
    struct Column<Record, Context>: Sendable {
        let key: String
        let zh: String
        let en: String
        /// The stored key in words, for columns holding an enumeration or a yes/no.
        var words: @Sendable (String) -> Bilingual? = { _ in nil }
        let value: @Sendable (Record, Context) -> String
    }

    /// A column holding an enumeration: its raw value, or its label in words.
    static func word<E: RawRepresentable<String> & SendableMetatype>(_ type: E.Type, _ label: @escaping @Sendable (E) -> Bilingual)
        -> @Sendable (String) -> Bilingual?
    {
        { E(rawValue: $0).map(label) }
    }

    static let yesNo: @Sendable (String) -> Bilingual? = {
        switch $0 {
        case "true": Bilingual(zh: "是", en: "yes")
        case "false": Bilingual(zh: "否", en: "no")
        default: nil
        }
    }

    static func header<R, C>(_ columns: [Column<R, C>], _ style: HeaderStyle) -> [String] {
        columns.map { style == .keys ? $0.key : (style == .zh ? $0.zh : $0.en) }
    }

    static func text(_ date: CivilDate?) -> String { date?.description ?? "" }
    static func text(_ flag: Bool) -> String { flag ? "true" : "false" }
    /// A yes/no that may not have been checked: empty then.
    static func text(_ flag: Bool?) -> String { flag.map { $0 ? "true" : "false" } ?? "" }

    static let productColumns: [Column<PilotProduct, PilotIndex>] = productFacts + planColumns

    static let productFacts: [Column<PilotProduct, PilotIndex>] = [
        Column(key: "id", zh: "编号", en: "ID") { p, _ in p.id },
        Column(key: "name", zh: "品种名称", en: "Name") { p, _ in p.name },
        Column(key: "type", zh: "品种类型", en: "Type", words: word(ProductType.self, \.label)) { p, _ in p.type.rawValue },
        Column(key: "holder", zh: "持有人编号", en: "Holder ID") { p, _ in p.holderId },
        Column(key: "province", zh: "牵头省份代码", en: "Lead province code") { p, i in i.leadProvince(of: p) ?? "" },
        Column(key: "stage", zh: "试点阶段", en: "Stage", words: word(PilotStage.self, \.label)) { p, _ in p.stage?.rawValue ?? "" },
        Column(key: "name_en", zh: "英文名称", en: "English name") { p, _ in p.nameEn ?? "" },
        Column(key: "holder_name", zh: "持有人", en: "Holder") { p, i in i.holder(of: p)?.name ?? "" },
        Column(key: "drug_substance_sites", zh: "原液生产场地", en: "Drug-substance sites") { p, _ in
            p.segments.filter { $0.segment == .drugSubstance }.map(\.siteId).joined(separator: ";")
        },
        Column(key: "drug_product_sites", zh: "制剂生产场地", en: "Drug-product sites") { p, _ in
            p.segments.filter { $0.segment == .drugProduct }.map(\.siteId).joined(separator: ";")
        },
        Column(key: "provinces", zh: "涉及省份代码", en: "Province codes") { p, i in i.provinces(of: p).joined(separator: ";") },
        Column(key: "cross_province", zh: "跨省", en: "Cross-province", words: yesNo) { p, i in text(i.isCrossProvince(p)) },
        Column(key: "stage_date", zh: "阶段日期", en: "Stage date") { p, _ in text(p.stage.flatMap { p.date(of: $0) }) },
        Column(key: "in_production_on", zh: "在产日期", en: "In production since") { p, _ in text(p.date(of: .inProduction)) },
        Column(key: "risk", zh: "相对风险", en: "Relative risk", words: word(RiskRating.Level.self, \.label)) { p, _ in
            p.risk?.relative.rawValue ?? ""
        },
        Column(key: "basis", zh: "试点依据", en: "Basis", words: word(ProductBasis.self, \.label)) { p, _ in p.basis?.rawValue ?? "" },
        Column(key: "joint_plan_dates", zh: "会同研究省份及日期", en: "Joint plan by province") { p, _ in
            p.jointPlanDates.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        },
        Column(key: "licence_names_both", zh: "许可证载明两地址", en: "Licence names both", words: yesNo) { p, _ in
            text(p.licenceNamesBothAddresses)
        },
        Column(key: "certificate_names_both", zh: "注册证书载明两地址", en: "Certificate names both", words: yesNo) { p, _ in
            text(p.certificateNamesBothAddresses)
        },
        Column(key: "procedures_name_both", zh: "制造及检定规程载明两地址", en: "Procedures name both", words: yesNo) { p, _ in
            text(p.proceduresNameBothAddresses)
        },
        Column(key: "enterprise_assessment", zh: "企业评估日期", en: "Enterprise assessment") { p, _ in
            text(p.date(of: .enterpriseAssessment))
        },
    ]

    /// The product's own supervision plan, under the headings the product import reads.
    static let planColumns: [Column<PilotProduct, PilotIndex>] = SupervisionPlanColumns.all.indices.map(planColumn)

    static func planColumn(_ n: Int) -> Column<PilotProduct, PilotIndex> {
        let h = SupervisionPlanColumns.all[n]
        var column = Column<PilotProduct, PilotIndex>(key: h.key, zh: h.zh, en: h.en) { p, _ in
            SupervisionPlanColumns.cells(p.supervisionPlan)[n]
        }
        if h.key == "plan_drug_substance_sampling" { column.words = yesNo }
        return column
    }

    static let inspectionColumns: [Column<Inspection, PilotData>] = [
        Column(key: "id", zh: "编号", en: "ID") { r, _ in r.id },
        Column(key: "product_id", zh: "品种编号", en: "Product ID") { r, _ in r.productId },
        Column(key: "type", zh: "检查类型", en: "Type", words: word(InspectionType.self, \.label)) { r, _ in r.type.rawValue },
        Column(key: "start", zh: "开始日期", en: "Start") { r, _ in r.start.description },
        Column(key: "end", zh: "结束日期", en: "End") { r, _ in r.end.description },
        Column(key: "status", zh: "状态", en: "Status", words: word(InspectionStatus.self, \.label)) { r, _ in r.status.rawValue },
        Column(key: "conclusion", zh: "现场检查结论", en: "On-site conclusion", words: word(OnSiteConclusion.self, \.label)) { r, _ in
            r.conclusion?.rawValue ?? ""
        },
        Column(key: "sites", zh: "检查场地", en: "Sites") { r, _ in r.siteIds.joined(separator: ";") },
        Column(key: "team", zh: "检查组", en: "Team") { r, _ in r.team.joined(separator: ";") },
        Column(key: "unannounced", zh: "飞行检查", en: "Unannounced", words: yesNo) { r, _ in text(r.unannounced) },
        Column(key: "holder_quality_system", zh: "持有人质量体系", en: "Holder quality system", words: yesNo) { r, _ in
            text(r.holderQualitySystem == true)
        },
        Column(key: "joint", zh: "联合检查", en: "Joint", words: yesNo) { r, _ in text(r.joint) },
        Column(key: "partner_province", zh: "联合省份代码", en: "Partner province code") { r, _ in r.partnerProvinces.joined(separator: ";") },
        Column(key: "defects_critical", zh: "严重缺陷", en: "Critical defects") { r, _ in r.defects.map { String($0.critical) } ?? "" },
        Column(key: "defects_major", zh: "主要缺陷", en: "Major defects") { r, _ in r.defects.map { String($0.major) } ?? "" },
        Column(key: "defects_general", zh: "一般缺陷", en: "General defects") { r, _ in r.defects.map { String($0.general) } ?? "" },
        Column(key: "assessment", zh: "评定备注", en: "Assessment note") { r, _ in r.assessment ?? "" },
        Column(key: "rectification_due", zh: "整改报告期限", en: "Rectification report due") { r, _ in text(r.rectificationDue) },
        Column(key: "report_received", zh: "整改报告收到日期", en: "Rectification report received") { r, _ in
            text(r.rectificationReportReceivedOn)
        },
        Column(key: "reason", zh: "事由", en: "Reason") { r, _ in r.reason ?? "" },
        Column(key: "defect_list_reissued", zh: "缺陷清单重发日期", en: "Defect list re-issued") { r, _ in text(r.defectListReissuedOn) },
        Column(key: "overall_assessment", zh: "综合评定", en: "Overall assessment", words: word(OverallAssessment.self, \.label)) { r, _ in
            r.overallAssessment?.rawValue ?? ""
        },
        Column(key: "assessed_on", zh: "综合评定日期", en: "Assessed on") { r, _ in text(r.overallAssessmentOn) },
    ]

    static let samplingColumns: [Column<Sampling, PilotData>] = [
        Column(key: "id", zh: "编号", en: "ID") { r, _ in r.id },
        Column(key: "product_id", zh: "品种编号", en: "Product ID") { r, _ in r.productId },
        Column(key: "segment", zh: "分段", en: "Segment", words: word(Segment.self, \.label)) { r, _ in r.segment.rawValue },
        Column(key: "batch", zh: "批号", en: "Batch") { r, _ in r.batch },
        Column(key: "sampled_on", zh: "抽样日期", en: "Sampled on") { r, _ in r.sampledOn.description },
        Column(key: "lab", zh: "检验机构", en: "Lab") { r, _ in r.lab },
        Column(key: "conclusion", zh: "检验结论", en: "Conclusion", words: word(SamplingConclusion.self, \.label)) { r, _ in
            r.conclusion.rawValue
        },
        Column(key: "report_no", zh: "报告书编号", en: "Report number") { r, _ in r.reportNo ?? "" },
        Column(key: "report_date", zh: "报告日期", en: "Report date") { r, _ in text(r.reportDate) },
        Column(key: "received_on", zh: "收样日期", en: "Received on") { r, _ in text(r.receivedOn) },
        Column(key: "place", zh: "抽样地点", en: "Place") { r, _ in r.place ?? "" },
        Column(key: "sampling_unit", zh: "抽样单位", en: "Sampling unit") { r, _ in r.samplingUnit ?? "" },
        Column(key: "test_items", zh: "检验项目", en: "Test items") { r, _ in r.testItems ?? "" },
        Column(key: "retest_requested_on", zh: "复验申请日期", en: "Re-test requested on") { r, _ in text(r.retest?.requestedOn) },
        Column(key: "retest_result", zh: "复验结论", en: "Re-test result", words: word(SamplingConclusion.self, \.label)) { r, _ in
            r.retest?.result?.rawValue ?? ""
        },
        Column(key: "commissioned", zh: "委托检验", en: "Commissioned", words: yesNo) { r, _ in text(r.commissioned) },
        Column(key: "requested_on", zh: "委托受理日期", en: "Requested on") { r, _ in text(r.requestedOn) },
        Column(key: "report_due_extended_to", zh: "报告延期至", en: "Report due extended to") { r, _ in text(r.reportDueExtendedTo) },
        Column(key: "report_served_on", zh: "报告送达日期", en: "Report served on") { r, _ in text(r.reportServedOn) },
        // A voided sampling stays in the export, marked, so the sheet still accounts for every record.
        Column(key: "voided_on", zh: "作废日期", en: "Voided on") { r, _ in text(r.voided?.date) },
        Column(key: "void_reason", zh: "作废理由", en: "Void reason") { r, _ in r.voided?.reason ?? "" },
    ]

    /// Planned unannounced inspections are left out of `inspections` unless `includeUnannounced` (rule 13).
    /// Values are in words when `values` says so, in the header's language (English with a `keys` header).
    /// `measures` needs the working calendar and today for their due dates (`reference`).
    public static func csv(
        _ kind: Kind, index: PilotIndex, header style: HeaderStyle, values: ValueStyle = .keys, bom: Bool, includeUnannounced: Bool = false,
        calendar: WorkingCalendar, today: CivilDate
    ) -> String {
        csv(
            kind, data: index.data, index: { index }, header: style, values: values, bom: bom, includeUnannounced: includeUnannounced,
            calendar: calendar, today: today)
    }

    /// The same from the data alone: the index is built only for `products`, whose columns read it.
    public static func csv(
        _ kind: Kind, data: PilotData, header style: HeaderStyle, values: ValueStyle = .keys, bom: Bool, includeUnannounced: Bool = false,
        calendar: WorkingCalendar, today: CivilDate
    ) -> String {
        csv(
            kind, data: data, index: { PilotIndex(data) }, header: style, values: values, bom: bom,
            includeUnannounced: includeUnannounced, calendar: calendar, today: today)
    }

    private static func csv(
        _ kind: Kind, data: PilotData, index: () -> PilotIndex, header style: HeaderStyle, values: ValueStyle, bom: Bool,
        includeUnannounced: Bool, calendar: WorkingCalendar, today: CivilDate
    ) -> String {
        let language: Language = style == .zh ? .zh : .en
        func build<R, C: Sendable, Records: RandomAccessCollection<R> & Sendable>(
            _ columns: [Column<R, C>], _ context: C, _ records: Records
        )
            -> String
        where Records.Index == Int {
            CSV.document(header: header(columns, style), count: records.count, bom: bom) { i, line in
                let record = records[records.startIndex + i]
                for column in columns {
                    let raw = column.value(record, context)
                    if values == .words, let label = column.words(raw) { line.cell(label[language]) } else { line.cell(raw) }
                }
            }
        }
        switch kind {
        case .products: return build(productColumns, index(), data.products.records)
        case .inspections:
            return build(
                inspectionColumns, data, UnannouncedFilter.exportable(data.inspections.records, includeUnannounced: includeUnannounced))
        case .samplings: return build(samplingColumns, data, data.samplings.records)
        case .measures: return build(measureColumns(calendar: calendar, today: today), data, data.measures.records)
        }
    }
}
