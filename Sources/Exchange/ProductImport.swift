import Foundation
import PilotCore

/// Reads a province's existing product sheet: one row per product with its holder, drug-substance and
/// drug-product manufacturers, site addresses and provinces, stage and step dates. Enterprises are matched by
/// credit code or exact name and sites by enterprise and exact address, and created when new. Every row is
/// checked before anything is written.
public enum ProductImport {
    public typealias Problem = SamplingImport.Problem

    public enum Outcome: Equatable, Sendable {
        case add(PilotData)
        case alreadyImported(rows: Int)
        case rejected([Problem])
    }

    static let stageKeys: [(PilotStage, String)] = PilotStage.allCases.map { ($0, $0.rawValue.replacingOccurrences(of: "-", with: "_")) }

    static var headings: [String: [String]] {
        var h: [String: [String]] = [
            "name": ["name", "品种名称", "品种", "Name"],
            "name_en": ["name_en", "英文名称", "English name"],
            // Sheets from before basis and type were apart head the type 类别 (category).
            "type": ["type", "品种类型", "类型", "Type", "category", "类别", "品种类别", "Category"],
            "basis": ["basis", "试点依据", "Basis"],
            "plan_ref": ["plan_ref", "一品一策", "方案编号", "Plan reference"],
            "holder": ["holder", "持有人", "注册申请人", "Holder"],
            "holder_credit_code": ["holder_credit_code", "持有人统一社会信用代码", "Holder credit code"],
            "holder_province": ["holder_province", "持有人所在省份", "Holder province"],
            "ds_manufacturer": ["ds_manufacturer", "原液生产企业", "Drug-substance manufacturer"],
            "ds_credit_code": ["ds_credit_code", "原液生产企业统一社会信用代码", "Drug-substance credit code"],
            "ds_site_address": ["ds_site_address", "原液生产地址", "Drug-substance address"],
            "ds_province": ["ds_province", "原液生产地址所在省份", "原液省份", "Drug-substance province"],
            "dp_manufacturer": ["dp_manufacturer", "制剂生产企业", "Drug-product manufacturer"],
            "dp_credit_code": ["dp_credit_code", "制剂生产企业统一社会信用代码", "Drug-product credit code"],
            "dp_site_address": ["dp_site_address", "制剂生产地址", "Drug-product address"],
            "dp_province": ["dp_province", "制剂生产地址所在省份", "制剂省份", "Drug-product province"],
            "stage": ["stage", "试点阶段", "阶段", "Stage"],
            "vaccine": ["vaccine", "是否疫苗", "疫苗", "Vaccine"],
        ]
        for (stage, key) in stageKeys { h[key] = [key, stage.label.zh, stage.label.en] }
        h.merge(SupervisionPlanColumns.headings) { own, _ in own }
        // Sheets from before the enterprise's assessment had a per-product summary column.
        h["enterprise_assessment", default: []] += ["summary", "试点总结"]
        return h
    }

    static func province(_ text: String, _ provinces: ProvinceTable) -> Province? {
        let t = text.trimmed
        return provinces.all.first { $0.code == t || $0.name == t || $0.short == t || $0.en.lowercased() == t.lowercased() }
    }

    static func type(_ text: String) -> ProductType? {
        let t = text.trimmed
        let aliases: [String: ProductType] = [
            "疫苗": .multivalentVaccine, "抗体": .antibody, "抗体偶联": .adc, "抗体偶联药物": .adc, "GLP-1": .glp1, "GLP-1类": .glp1,
            "胰岛素": .insulin, "其他": .other,
        ]
        return ProductType.allCases.first {
            $0.rawValue == t.lowercased() || $0.label.zh == t || $0.label.en.lowercased() == t.lowercased()
        } ?? aliases[t]
    }

    static func basis(_ text: String) -> ProductBasis? {
        let t = text.trimmed
        let aliases: [String: ProductBasis] = [
            "创新": .innovative, "其他创新生物制品": .innovative, "other-innovative": .innovative, "临床急需": .clinicallyUrgent,
            "国家药监局规定": .nmpaDesignated, "不在试点范围": ProductBasis.none,
        ]
        return ProductBasis.allCases.first {
            $0.rawValue == t.lowercased() || $0.label.zh == t || $0.label.en.lowercased() == t.lowercased()
        } ?? aliases[t]
    }

    /// Yes or no in a sheet (是/否, yes/no, true/false, 1/0); nil for anything else.
    static func flag(_ text: String) -> Bool? {
        switch text.trimmed.lowercased() {
        case "是", "yes", "y", "true", "1": return true
        case "否", "no", "n", "false", "0": return false
        default: return nil
        }
    }

    static func stage(_ text: String) -> PilotStage? {
        let t = text.trimmed
        return PilotStage.allCases.first { $0.rawValue == t.lowercased() || $0.label.zh == t || $0.label.en.lowercased() == t.lowercased() }
    }

    public static func read(_ text: String, into data: PilotData, user: String, provinces: ProvinceTable) -> Outcome {
        let records: [CSVReader.Record]
        do { records = try CSVReader.parse(text) } catch { return .rejected([Problem(line: error.line, message: error.reason)]) }
        guard let header = records.first else { return .rejected([Problem(line: 1, Bilingual(zh: "文件为空", en: "the file is empty"))]) }
        let columns: [String: Int]
        switch SheetHeader.read(
            header, headings: headings, required: ["name", "type", "holder", "holder_credit_code", "holder_province"])
        {
        case .success(let sheet): columns = sheet.columns
        case .failure(let missing): return .rejected(missing.problems)
        }
        var problems: [Problem] = []

        // Linear in the rows (audit D9): lookups go through an index, ids come from one allocator per kind, and
        // a row's new and changed records are kept aside and applied only when the whole row is valid (no
        // copy of the store per row to roll back to).
        var out = data
        var index = ProductImportIndex(data)
        var enterpriseIDs = IDAllocator(prefix: "E", in: data.enterprises, width: 2)
        var siteIDs = IDAllocator(prefix: "S", in: data.sites, width: 2)
        var productIDs = IDAllocator(prefix: "P", in: data.products, width: 2)
        let namesInStore = Set(data.products.map(\.name))
        var created = 0
        var duplicates = 0
        for record in records.dropFirst() {
            func value(_ key: String) -> String {
                guard let i = columns[key], i < record.fields.count else { return "" }
                return SamplingImport.cell(record.fields[i])
            }
            var rowProblems: [Bilingual] = []
            // This row's new enterprises, and its new or changed sites (in order of first touch).
            var rowEnterprises: [Enterprise] = []
            var rowSites: [ProductImportIndex.SiteKey: Site] = [:]
            var rowSiteOrder: [ProductImportIndex.SiteKey] = []
            var rowEnterpriseIDs = enterpriseIDs
            var rowSiteIDs = siteIDs
            /// The enterprise with this credit code or exact name, or a new one.
            func enterprise(_ name: String, _ code: String, _ provinceText: String, role: Bilingual) -> Enterprise? {
                let code = code.uppercased().trimmed
                if let i = index.enterprise(code: code, name: name) { return out.enterprises[i] }
                if let e = rowEnterprises.first(where: { (!code.isEmpty && $0.creditCode == code) || $0.name == name }) { return e }
                guard !name.isEmpty else { return nil }
                guard let p = province(provinceText, provinces) else {
                    rowProblems.append(
                        Bilingual(
                            zh: "\(role.zh)“\(name)”是新企业，须填所在省份（“\(provinceText)”不是省份）",
                            en: "\(role.en) \"\(name)\" is new and needs its province (\"\(provinceText)\" is not one)"))
                    return nil
                }
                let e = Enterprise(id: rowEnterpriseIDs.next(), name: name, creditCode: code, provinceCode: p.code)
                for problem in RecordChecks.enterprise(e, provinces: provinces) where problem.isError {
                    rowProblems.append(
                        Bilingual(
                            zh: "\(role.zh) \(problem.field.rawValue)：\(problem.message.zh)",
                            en: "\(role.en) \(problem.field.rawValue): \(problem.message.en)"))
                }
                if rowProblems.isEmpty { rowEnterprises.append(e) }
                return e
            }
            func site(_ owner: Enterprise?, _ address: String, _ provinceText: String, _ segment: Segment, role: Bilingual) -> Site? {
                guard let owner, !address.isEmpty else { return nil }
                let key = ProductImportIndex.SiteKey(enterpriseId: owner.id, address: address)
                func keep(_ s: Site) {
                    if rowSites.updateValue(s, forKey: key) == nil { rowSiteOrder.append(key) }
                }
                if var s = rowSites[key] ?? index.site(key).map({ out.sites[$0] }) {
                    if segment == .drugSubstance { s.drugSubstance = true } else { s.drugProduct = true }
                    keep(s)
                    return s
                }
                guard let p = province(provinceText.isEmpty ? owner.provinceCode : provinceText, provinces) else {
                    rowProblems.append(
                        Bilingual(zh: "\(role.zh)省份“\(provinceText)”不是省份", en: "\(role.en) province \"\(provinceText)\" is not a province"))
                    return nil
                }
                let s = Site(
                    id: rowSiteIDs.next(), enterpriseId: owner.id, address: address,
                    provinceCode: p.code, drugSubstance: segment == .drugSubstance, drugProduct: segment == .drugProduct)
                keep(s)
                return s
            }
            let name = value("name")
            if name.isEmpty { rowProblems.append(Bilingual(zh: "缺少品种名称", en: "no product name")) }
            // An old sheet's 类别 may give the basis instead (临床急需生物制品): then the type is "other".
            let typeBasis = type(value("type")) == nil ? basis(value("type")) : nil
            let kind = type(value("type")) ?? typeBasis.map { _ in ProductType.other }
            if kind == nil {
                rowProblems.append(
                    Bilingual(
                        zh: "类型“\(value("type"))”不是工作方案所列类型（抗体类、多联多价疫苗、GLP-1 …）",
                        en: "type \"\(value("type"))\" is not one of the work plan's (抗体类, 多联多价疫苗, GLP-1 …)"))
            }
            let basisText = value("basis")
            let stated = basisText.isEmpty ? nil : basis(basisText)
            if !basisText.isEmpty && stated == nil {
                rowProblems.append(
                    Bilingual(
                        zh: "试点依据“\(basisText)”不是创新、临床急需、国家药监局规定或不在试点范围",
                        en: "basis \"\(basisText)\" is not 创新, 临床急需, 国家药监局规定 or 不在试点范围"))
            }
            let holder = enterprise(
                value("holder"), value("holder_credit_code"), value("holder_province"), role: Bilingual(zh: "持有人", en: "holder"))
            if holder == nil && rowProblems.isEmpty { rowProblems.append(Bilingual(zh: "缺少持有人", en: "no holder")) }
            let dsOwner =
                value("ds_manufacturer").isEmpty
                ? holder
                : enterprise(
                    value("ds_manufacturer"), value("ds_credit_code"), value("ds_province"),
                    role: Bilingual(zh: "原液生产企业", en: "drug-substance manufacturer"))
            let dpOwner =
                value("dp_manufacturer").isEmpty
                ? holder
                : enterprise(
                    value("dp_manufacturer"), value("dp_credit_code"), value("dp_province"),
                    role: Bilingual(zh: "制剂生产企业", en: "drug-product manufacturer"))
            let ds = site(
                dsOwner, value("ds_site_address"), value("ds_province"), .drugSubstance,
                role: Bilingual(zh: "原液生产场地", en: "drug-substance site"))
            let dp = site(
                dpOwner, value("dp_site_address"), value("dp_province"), .drugProduct,
                role: Bilingual(zh: "制剂生产场地", en: "drug-product site"))
            var steps: [StageStep] = []
            for (stage, key) in stageKeys where !value(key).isEmpty {
                guard let d = SamplingImport.date(value(key)) else {
                    rowProblems.append(
                        Bilingual(
                            zh: "\(stage.label.zh)日期“\(value(key))”不是日期", en: "\(stage.label.en) date \"\(value(key))\" is not a date"))
                    continue
                }
                steps.append(StageStep(stage: stage, date: d, by: user, reason: "imported"))
            }
            if !value("stage").isEmpty {
                if let s = stage(value("stage")) {
                    if !steps.contains(where: { $0.stage == s }) {
                        rowProblems.append(
                            Bilingual(zh: "阶段“\(value("stage"))”所在列没有日期", en: "stage \"\(value("stage"))\" has no date in its column"))
                    }
                } else {
                    rowProblems.append(
                        Bilingual(zh: "“\(value("stage"))”不是试点进程的步骤", en: "stage \"\(value("stage"))\" is not a step of the pilot path"))
                }
            }
            // Empty: derived from the type (a multivalent vaccine is a vaccine); other vaccines say so here.
            let vaccine = value("vaccine").isEmpty ? nil : flag(value("vaccine"))
            if !value("vaccine").isEmpty && vaccine == nil {
                rowProblems.append(Bilingual(zh: "疫苗“\(value("vaccine"))”应为是或否", en: "vaccine \"\(value("vaccine"))\" is not 是/否 (yes/no)"))
            }
            let plan = SupervisionPlanColumns.read(value)
            rowProblems += plan.problems
            if let holder, index.hasProduct(name: name, holderId: holder.id) && namesInStore.contains(name) {
                duplicates += 1
                rowProblems.append(Bilingual(zh: "该持有人的品种“\(name)”已在库中", en: "product \"\(name)\" of this holder is already in the store"))
            }
            if !rowProblems.isEmpty {
                problems += rowProblems.map { Problem(line: record.line, $0) }
                continue
            }
            for e in rowEnterprises {
                out.enterprises.upsert(e)
                index.addEnterprise(e, at: out.enterprises.count - 1)
            }
            for key in rowSiteOrder {
                let s = rowSites[key]!
                let isNew = out.sites[id: s.id] == nil
                out.sites.upsert(s)
                if isNew { index.addSite(s, at: out.sites.count - 1) }
            }
            enterpriseIDs = rowEnterpriseIDs
            siteIDs = rowSiteIDs
            var segments: [SegmentSite] = []
            if let ds { segments.append(SegmentSite(.drugSubstance, siteId: ds.id)) }
            if let dp { segments.append(SegmentSite(.drugProduct, siteId: dp.id)) }
            var product = PilotProduct(
                id: productIDs.next(), name: name,
                nameEn: value("name_en").isEmpty ? nil : value("name_en"), basis: stated ?? typeBasis, type: kind!, holderId: holder!.id,
                segments: segments, steps: steps.sorted { $0.stage < $1.stage },
                planRef: value("plan_ref").isEmpty ? nil : value("plan_ref"),
                isVaccine: vaccine.map { $0 || kind == .multivalentVaccine })
            product.supervisionPlan = plan.plan
            out.products.upsert(product)
            index.addProduct(product)
            created += 1
        }
        let rows = records.count - 1
        if rows > 0 && duplicates == rows && problems.count == duplicates { return .alreadyImported(rows: rows) }
        if !problems.isEmpty { return .rejected(problems) }
        if created == 0 { return .rejected([Problem(line: header.line + 1, Bilingual(zh: "表头下没有数据行", en: "no rows under the header"))]) }
        return .add(out)
    }

    /// The records the import adds (everything in `after` that `before` lacks, or changed), as edits.
    public static func changes(from before: PilotData, to after: PilotData) -> [(before: AnyRecord?, after: AnyRecord)] {
        var out: [(before: AnyRecord?, after: AnyRecord)] = []
        for e in after.enterprises where before.enterprises[id: e.id] != e {
            out.append((before.enterprises[id: e.id].map(AnyRecord.enterprise), .enterprise(e)))
        }
        for s in after.sites where before.sites[id: s.id] != s { out.append((before.sites[id: s.id].map(AnyRecord.site), .site(s))) }
        for p in after.products where before.products[id: p.id] != p {
            out.append((before.products[id: p.id].map(AnyRecord.product), .product(p)))
        }
        return out
    }
}
