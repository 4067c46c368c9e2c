/// Checks a record as it is entered (forms, `biopilot add`/`set`, imports): each problem names the field, typed
/// by the record's kind, so a form marks exactly the field the check means.
/// Errors block saving; warnings (a credit code with a bad check character) are shown and allowed.
public enum RecordChecks {
    public struct Problem<Field: Hashable & Sendable>: Hashable, Sendable {
        public let field: Field
        public let message: Bilingual
        public let isError: Bool

        /// The same problem with its field named in a wider type (a kind's field as an `EntityField`).
        public func map<Other: Hashable & Sendable>(_ widen: (Field) -> Other) -> Problem<Other> {
            Problem<Other>(field: widen(field), message: message, isError: isError)
        }
    }

    static func error<F: Hashable & Sendable>(_ field: F, _ zh: String, _ en: String) -> Problem<F> {
        Problem(field: field, message: Bilingual(zh: zh, en: en), isError: true)
    }

    static func warning<F: Hashable & Sendable>(_ field: F, _ zh: String, _ en: String) -> Problem<F> {
        Problem(field: field, message: Bilingual(zh: zh, en: en), isError: false)
    }

    /// `today` is the day the check is made as of: an inspection cannot be completed before it ends.
    public static func check(_ record: AnyRecord, in data: PilotData, provinces: ProvinceTable, today: CivilDate) -> [Problem<EntityField>]
    {
        switch record {
        case .enterprise(let e): return enterprise(e, provinces: provinces).map { $0.map(EntityField.enterprise) }
        case .site(let s): return site(s, data, provinces: provinces).map { $0.map(EntityField.site) }
        case .product(let p): return product(p, data).map { $0.map(EntityField.product) }
        case .staff(let r): return staff(r, data).map { $0.map(EntityField.staff) }
        case .inspector(let i): return inspector(i, data, provinces: provinces).map { $0.map(EntityField.inspector) }
        case .inspection(let i): return inspection(i, today: today).map { $0.map(EntityField.inspection) }
        case .sampling(let s): return sampling(s).map { $0.map(EntityField.sampling) }
        case .setting(let s): return setting(s).map { $0.map(EntityField.setting) }
        case .measure(let m): return measure(m, data, today: today).map { $0.map(EntityField.measure) }
        }
    }

    static func province<F: Hashable & Sendable>(_ code: String, _ field: F, _ provinces: ProvinceTable) -> [Problem<F>] {
        if code.isEmpty { return [error(field, "请选择省份", "choose a province")] }
        return provinces.named(code: code) == nil ? [error(field, "省份代码 \(code) 不存在（如 310000）", "no province \(code) (e.g. 310000)")] : []
    }

    public static func enterprise(_ e: Enterprise, provinces: ProvinceTable) -> [Problem<EnterpriseField>] {
        var out: [Problem<EnterpriseField>] = []
        if e.name.trimmed.isEmpty { out.append(error(.name, "必填", "required")) }
        switch CreditCode.problem(in: e.creditCode) {
        case nil: break
        case .wrongLength(let n): out.append(error(.creditCode, "应为 18 位，现为 \(n) 位", "18 characters, not \(n)"))
        case .invalidCharacter(let c, let position):
            out.append(error(.creditCode, "第 \(position) 位“\(c)”不是合法字符", "character \(position) \"\(c)\" is not allowed"))
        case .badCheckCharacter(let expected, _):
            out.append(warning(.creditCode, "校验码应为 \(expected)，请核对", "check character should be \(expected); verify it"))
        }
        out += province(e.provinceCode, .provinceCode, provinces)
        if let licence = e.licence {
            if licence.number.trimmed.isEmpty { out.append(error(.licence, "必填（已填有效期）", "required (an expiry is entered)")) }
            let chars = Array(licence.number)
            let digits = chars.dropFirst().allSatisfy(\.isNumber)
            if chars.count != 9 || !digits {
                out.append(
                    warning(
                        .licence, "许可证编号通常为省份简称+年份+4位数字（如 沪20160001）", "licence numbers are usually province + year + 4 digits (沪20160001)")
                )
            }
            if licence.classes.isEmpty { out.append(error(.classes, "至少一个类别（A/B/C/D）", "at least one class (A/B/C/D)")) }
        }
        return out
    }

    public static func site(_ s: Site, _ data: PilotData, provinces: ProvinceTable) -> [Problem<SiteField>] {
        var out: [Problem<SiteField>] = []
        if data.enterprises[id: s.enterpriseId] == nil {
            out.append(error(.enterpriseId, "企业 \(s.enterpriseId) 不存在", "no enterprise \(s.enterpriseId)"))
        }
        if s.address.trimmed.isEmpty { out.append(error(.address, "必填", "required")) }
        out += province(s.provinceCode, .provinceCode, provinces)
        if !s.drugSubstance && !s.drugProduct {
            out.append(error(.drugSubstance, "至少许可原液或制剂之一", "licensed for drug substance, drug product or both"))
        }
        return out
    }

    public static func product(_ p: PilotProduct, _ data: PilotData) -> [Problem<ProductField>] {
        var out: [Problem<ProductField>] = []
        if p.name.trimmed.isEmpty { out.append(error(.name, "必填", "required")) }
        if data.enterprises[id: p.holderId] == nil { out.append(error(.holderId, "持有人 \(p.holderId) 不存在", "no enterprise \(p.holderId)")) }
        for s in p.segments {
            let field: ProductField = s.segment == .drugSubstance ? .drugSubstanceSite : .drugProductSite
            guard let site = data.sites[id: s.siteId] else {
                out.append(error(field, "场地 \(s.siteId) 不存在", "no site \(s.siteId)"))
                continue
            }
            let licensed = s.segment == .drugSubstance ? site.drugSubstance : site.drugProduct
            if !licensed { out.append(warning(field, "该场地未许可\(s.segment.label.zh)", "the site is not licensed for \(s.segment.label.en)")) }
        }
        if p.basis == ProductBasis.none { out.append(warning(.basis, "不在试点范围", "outside the pilot's scope")) }
        // A joint-plan date belongs to a partner province: one where a site is, other than the holder's.
        let holderProvince = data.enterprises[id: p.holderId]?.provinceCode
        let partners = Set(p.segments.compactMap { data.sites[id: $0.siteId]?.provinceCode }).subtracting(
            [holderProvince].compactMap { $0 })
        for code in p.jointPlanDates.keys.sorted() where !partners.contains(code) {
            out.append(warning(.jointPlan, "\(code) 不是受托方所在的其他省份", "\(code) is not a partner province"))
        }
        out += supervisionPlan(p.supervisionPlan)
        return out
    }

    public static func staff(_ r: ResidentStaff, _ data: PilotData) -> [Problem<StaffField>] {
        var out: [Problem<StaffField>] = []
        if r.person.trimmed.isEmpty { out.append(error(.person, "必填", "required")) }
        guard let product = data.products[id: r.productId] else {
            return out + [error(.productId, "品种 \(r.productId) 不存在", "no product \(r.productId)")]
        }
        if data.sites[id: r.siteId] == nil {
            out.append(error(.siteId, "场地 \(r.siteId) 不存在", "no site \(r.siteId)"))
        } else if !product.siteIds.contains(r.siteId) {
            out.append(error(.siteId, "不是该品种的生产场地", "not one of the product's sites"))
        }
        if let to = r.to, to < r.from { out.append(error(.to, "早于驻厂开始日期", "before the start")) }
        return out
    }

    public static func inspector(_ i: Inspector, _ data: PilotData, provinces: ProvinceTable) -> [Problem<InspectorField>] {
        var out: [Problem<InspectorField>] = []
        if i.name.trimmed.isEmpty { out.append(error(.name, "必填", "required")) }
        if i.unit.trimmed.isEmpty { out.append(error(.unit, "必填", "required")) }
        out += province(i.provinceCode, .provinceCode, provinces)
        for e in i.conflicts where data.enterprises[id: e] == nil { out.append(error(.conflicts, "企业 \(e) 不存在", "no enterprise \(e)")) }
        return out
    }

    /// What refers to a record, so it cannot be deleted while they exist: "P01 (product holder)", …, in `language`.
    public static func references(to kind: EntityKind, id: String, in data: PilotData, language: Language = .en) -> [String] {
        func named(_ ids: [String], _ role: Bilingual) -> [String] { ids.map { "\($0) (\(role[language]))" } }
        let inspection = Bilingual(zh: "检查", en: "inspection")
        let staff = Bilingual(zh: "驻厂人员", en: "resident staff")
        let measure = Bilingual(zh: "风险控制措施", en: "risk-control measure")
        switch kind {
        case .enterprise:
            return named(data.sites.filter { $0.enterpriseId == id }.map(\.id), Bilingual(zh: "生产场地", en: "site"))
                + named(data.products.filter { $0.holderId == id }.map(\.id), Bilingual(zh: "品种的持有人", en: "holder of the product"))
                + named(
                    data.inspectors.filter { $0.conflicts.contains(id) }.map(\.id),
                    Bilingual(zh: "检查员的利益冲突", en: "inspector's conflict of interest"))
        case .site:
            return named(data.products.filter { $0.siteIds.contains(id) }.map(\.id), Bilingual(zh: "品种", en: "product"))
                + named(data.inspections.filter { $0.siteIds.contains(id) }.map(\.id), inspection)
                + named(data.residentStaff.filter { $0.siteId == id }.map(\.id), staff)
        case .product:
            return named(data.inspections.filter { $0.productId == id }.map(\.id), inspection)
                + named(data.samplings.filter { $0.productId == id }.map(\.id), Bilingual(zh: "抽检", en: "sampling"))
                + named(data.residentStaff.filter { $0.productId == id }.map(\.id), staff)
                + named(data.measures.filter { $0.productId == id }.map(\.id), measure)
        case .inspector:
            return named(data.inspections.filter { $0.team.contains(id) }.map(\.id), inspection)
        case .inspection, .sampling:
            let kind: AnsweredFinding.Kind = kind == .inspection ? .inspection : .sampling
            return named(data.measures.filter { $0.answers == AnsweredFinding(kind, id) }.map(\.id), measure)
        case .staff, .setting, .measure:
            return []
        }
    }
}
