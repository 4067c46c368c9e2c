import Foundation
import PilotCore

/// `biopilot coverage` in text, JSON, CSV and Markdown. All four show the same numbers from one `CoverageReport`.
public enum CoverageFormat {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv, md }

    struct ProductJSON: Encodable {
        let id: String
        let name: String
        let nameEn: String?
        let province: String
        let provinces: [String]
        let fullSystemInspection: Bool
        let plannedFullSystemInspection: Bool
        /// The drug-product requirement met (a supervisory drug-product sampling, pending or issued).
        let sampling: Bool
        /// none, pending, issued or failed (a fail not resolved by a passing re-test).
        let drugProductSampling: String
        let drugSubstanceSampling: String
        /// 委托检验 in the year: never counted as sampling.
        let commissionedSamplings: Int
        let sitesInspected: Int
        let sitesTotal: Int
        let holderInspectionRequired: Bool
        let holderInspected: Bool
        let residentStaffOK: Bool
        let inProductionSince: String?
        let byProvince: [ShareJSON]
        let covered: Bool
    }

    struct ShareJSON: Encodable {
        let code: String
        let holderProvince: Bool
        let sitesInspected: Int
        let sitesTotal: Int
        let samplings: Int
        let inspectorOnTeam: Bool
        let covered: Bool
    }

    struct NotCountedJSON: Encodable {
        let id: String
        let name: String
        let stage: String?
        let inProductionOn: String?
    }

    struct ProvinceJSON: Encodable {
        let code: String
        let name: String
        let covered: Int
        let total: Int
    }

    struct ReportJSON: Encodable {
        let year: Int
        let asOf: String
        let products: [ProductJSON]
        let provinces: [ProvinceJSON]
        let covered: Int
        let total: Int
        let commissionedSamplings: Int
        let notInProduction: [NotCountedJSON]
    }

    static func provinceName(_ code: String, _ language: Language, _ provinces: ProvinceTable) -> String {
        provinces.named(code: code)?.displayName(language) ?? code
    }

    public static func json(_ report: CoverageReport, provinces: ProvinceTable, head: String) -> String {
        let value = ReportJSON(
            year: report.year, asOf: report.asOf.description,
            products: report.products.map {
                ProductJSON(
                    id: $0.productId, name: $0.name, nameEn: $0.nameEn, province: $0.province, provinces: $0.provinces,
                    fullSystemInspection: $0.fullSystemInspection, plannedFullSystemInspection: $0.plannedFullSystemInspection,
                    sampling: $0.sampling, drugProductSampling: $0.drugProductSampling.rawValue,
                    drugSubstanceSampling: $0.drugSubstanceSampling.rawValue, commissionedSamplings: $0.commissionedSamplings,
                    sitesInspected: $0.sitesInspected, sitesTotal: $0.sitesTotal, holderInspectionRequired: $0.holderInspectionRequired,
                    holderInspected: $0.holderInspected, residentStaffOK: $0.residentStaffOK,
                    inProductionSince: $0.inProductionSince?.description,
                    byProvince: $0.byProvince.map {
                        ShareJSON(
                            code: $0.code, holderProvince: $0.isHolderProvince, sitesInspected: $0.sitesInspected,
                            sitesTotal: $0.sitesTotal,
                            samplings: $0.samplings, inspectorOnTeam: $0.inspectorOnTeam, covered: $0.covered)
                    }, covered: $0.covered)
            },
            provinces: report.provinces.map {
                ProvinceJSON(code: $0.code, name: provinceName($0.code, .zh, provinces), covered: $0.covered, total: $0.total)
            },
            covered: report.covered, total: report.total, commissionedSamplings: report.commissionedSamplings,
            notInProduction: report.notInProduction.map {
                NotCountedJSON(id: $0.productId, name: $0.name, stage: $0.stage?.rawValue, inProductionOn: $0.inProductionOn?.description)
            })
        return try! JournalHeadNote.json(value, head: head)
    }

    static func mark(_ flag: Bool) -> String { flag ? "✓" : "✗" }

    static func header(_ language: Language) -> [String] {
        language == .zh
            ? ["编号", "品种", "牵头省份", "全体系GMP", "已计划", "制剂抽检", "原液抽检", "委托检验", "场地", "持有人体系", "驻厂人员", "覆盖"]
            : [
                "ID", "Product", "Lead province", "Full GMP", "Planned", "DP sampling", "DS sampling", "Commissioned", "Sites", "Holder QS",
                "Staff", "Covered",
            ]
    }

    static func rows(_ report: CoverageReport, _ language: Language, _ provinces: ProvinceTable, marks: Bool) -> [[String]] {
        func flag(_ b: Bool) -> String { marks ? mark(b) : (b ? "true" : "false") }
        return report.products.map { p in
            [
                p.productId, p.displayName(language), provinceName(p.province, language, provinces),
                flag(p.fullSystemInspection), flag(p.plannedFullSystemInspection), p.drugProductSampling.label[language],
                p.drugSubstanceSampling.label[language], String(p.commissionedSamplings),
                "\(p.sitesInspected)/\(p.sitesTotal)", p.holderInspectionRequired ? flag(p.holderInspected) : "—", flag(p.residentStaffOK),
                flag(p.covered),
            ]
        }
    }

    static func notCountedHeader(_ language: Language) -> [String] {
        [Bilingual(zh: "编号", en: "ID")[language], Bilingual(zh: "品种", en: "Product")[language], Bilingual(zh: "阶段", en: "Stage")[language]]
    }

    static func notCountedRows(_ report: CoverageReport, _ language: Language) -> [[String]] {
        report.notInProduction.map { n in
            let since = n.inProductionOn.map { Bilingual(zh: "（\($0) 起在产）", en: " (in production from \($0))")[language] } ?? ""
            return [n.productId, n.displayName(language), (n.stage?.label[language] ?? "") + since]
        }
    }

    static func summaryLine(_ report: CoverageReport, _ language: Language) -> String {
        let percent = Percent.of(report.covered, report.total)
        return language == .zh
            ? "\(report.year) 年度覆盖（截至 \(report.asOf)）：\(report.covered)/\(report.total) 个品种已覆盖（\(percent)%）；"
                + "委托检验 \(report.commissionedSamplings) 批不计入；未在产 \(report.notInProduction.count) 个品种不计入"
            : "Coverage \(report.year) (as of \(report.asOf)): \(report.covered)/\(report.total) products covered (\(percent)%); "
                + "commissioned tests (not counted): \(report.commissionedSamplings); not in production (not counted): \(report.notInProduction.count)"
    }

    public static func text(_ report: CoverageReport, language: Language, provinces: ProvinceTable, head: String) -> String {
        var out = summaryLine(report, language) + "\n\n"
        out += TextTable.render(header: header(language), rows: rows(report, language, provinces, marks: true), maxWidths: [1: 34])
        out +=
            "\n"
            + Bilingual(
                zh: "各省覆盖（各省计本省场地和抽检；品种层面的要求归持有人所在省）：",
                en: "By province (each counts its own sites and samplings; the product-level requirement belongs to the holder's province):"
            )[language]
            + "\n"
        let provinceRows = report.provinces.map { p -> [String] in
            let bar = String(repeating: "█", count: p.covered) + String(repeating: "░", count: p.total - p.covered)
            return [provinceName(p.code, language, provinces), "\(p.covered)/\(p.total)", bar]
        }
        out += TextTable.render(header: language == .zh ? ["省份", "已覆盖", ""] : ["Province", "Covered", ""], rows: provinceRows)
        if !report.notInProduction.isEmpty {
            out += "\n" + Bilingual(zh: "未在产（不计入）：", en: "Not in production (not counted):")[language] + "\n"
            out += TextTable.render(header: notCountedHeader(language), rows: notCountedRows(report, language))
        }
        return out + "\n" + JournalHeadNote.text(head, language: language)
    }

    public static func csv(_ report: CoverageReport, language: Language, provinces: ProvinceTable, bom: Bool = true) -> String {
        let keys = [
            "id", "name", "province", "fullSystemInspection", "plannedFullSystemInspection", "sampling", "drugProductSampling",
            "drugSubstanceSampling", "commissionedSamplings", "sitesInspected", "sitesTotal", "holderInspectionRequired",
            "holderInspected", "residentStaffOK", "covered",
        ]
        let rows = report.products.map { p in
            [
                p.productId, p.name, p.province, String(p.fullSystemInspection), String(p.plannedFullSystemInspection),
                String(p.sampling), p.drugProductSampling.rawValue, p.drugSubstanceSampling.rawValue, String(p.commissionedSamplings),
                String(p.sitesInspected), String(p.sitesTotal), String(p.holderInspectionRequired), String(p.holderInspected),
                String(p.residentStaffOK), String(p.covered),
            ]
        }
        return CSV.document(header: keys, rows: rows, bom: bom)
    }

    public static func markdown(_ report: CoverageReport, language: Language, provinces: ProvinceTable, head: String) -> String {
        var out = "# " + summaryLine(report, language) + "\n\n"
        out += TextTable.markdown(header: header(language), rows: rows(report, language, provinces, marks: true))
        out +=
            "\n"
            + TextTable.markdown(
                header: language == .zh ? ["省份", "已覆盖", "合计"] : ["Province", "Covered", "Total"],
                rows: report.provinces.map { [provinceName($0.code, language, provinces), String($0.covered), String($0.total)] })
        if !report.notInProduction.isEmpty {
            out += "\n" + TextTable.markdown(header: notCountedHeader(language), rows: notCountedRows(report, language))
        }
        return out + "\n" + JournalHeadNote.markdown(head, language: language)
    }

    /// `head` is the journal head the report was made from (`REV:HASH`); CSV leaves it to the caller (stderr).
    public static func render(_ report: CoverageReport, format: Format, language: Language, provinces: ProvinceTable, head: String)
        -> String
    {
        switch format {
        case .text: return text(report, language: language, provinces: provinces, head: head)
        case .json: return json(report, provinces: provinces, head: head)
        case .csv: return csv(report, language: language, provinces: provinces)
        case .md: return markdown(report, language: language, provinces: provinces, head: head)
        }
    }
}
