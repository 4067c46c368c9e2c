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
        let sampling: Bool
        let sitesInspected: Int
        let sitesTotal: Int
        let residentStaffOK: Bool
        let covered: Bool
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
                    sampling: $0.sampling, sitesInspected: $0.sitesInspected, sitesTotal: $0.sitesTotal,
                    residentStaffOK: $0.residentStaffOK, covered: $0.covered)
            },
            provinces: report.provinces.map {
                ProvinceJSON(code: $0.code, name: provinceName($0.code, .zh, provinces), covered: $0.covered, total: $0.total)
            },
            covered: report.covered, total: report.total)
        return try! JournalHeadNote.json(value, head: head)
    }

    static func mark(_ flag: Bool) -> String { flag ? "✓" : "✗" }

    static func header(_ language: Language) -> [String] {
        language == .zh
            ? ["编号", "品种", "牵头省份", "全体系GMP", "已计划", "抽检", "场地", "驻厂人员", "覆盖"]
            : ["ID", "Product", "Lead province", "Full GMP", "Planned", "Sampled", "Sites", "Staff", "Covered"]
    }

    static func rows(_ report: CoverageReport, _ language: Language, _ provinces: ProvinceTable, marks: Bool) -> [[String]] {
        func flag(_ b: Bool) -> String { marks ? mark(b) : (b ? "true" : "false") }
        return report.products.map { p in
            [
                p.productId, p.displayName(language), provinceName(p.province, language, provinces),
                flag(p.fullSystemInspection), flag(p.plannedFullSystemInspection), flag(p.sampling),
                "\(p.sitesInspected)/\(p.sitesTotal)", flag(p.residentStaffOK), flag(p.covered),
            ]
        }
    }

    static func summaryLine(_ report: CoverageReport, _ language: Language) -> String {
        let percent = report.total == 0 ? 0 : report.covered * 100 / report.total
        return language == .zh
            ? "\(report.year) 年度覆盖（截至 \(report.asOf)）：\(report.covered)/\(report.total) 个品种已覆盖（\(percent)%）"
            : "Coverage \(report.year) (as of \(report.asOf)): \(report.covered)/\(report.total) products covered (\(percent)%)"
    }

    public static func text(_ report: CoverageReport, language: Language, provinces: ProvinceTable, head: String) -> String {
        var out = summaryLine(report, language) + "\n\n"
        out += TextTable.render(header: header(language), rows: rows(report, language, provinces, marks: true), maxWidths: [1: 34])
        out +=
            "\n" + (language == .zh ? "各省覆盖（跨省品种计入其涉及的每个省份）：" : "By province (a cross-province product counts in each of its provinces):")
            + "\n"
        let provinceRows = report.provinces.map { p -> [String] in
            let bar = String(repeating: "█", count: p.covered) + String(repeating: "░", count: p.total - p.covered)
            return [provinceName(p.code, language, provinces), "\(p.covered)/\(p.total)", bar]
        }
        out += TextTable.render(header: language == .zh ? ["省份", "已覆盖", ""] : ["Province", "Covered", ""], rows: provinceRows)
        return out + "\n" + JournalHeadNote.text(head, language: language)
    }

    public static func csv(_ report: CoverageReport, language: Language, provinces: ProvinceTable, bom: Bool = true) -> String {
        let keys = [
            "id", "name", "province", "fullSystemInspection", "plannedFullSystemInspection", "sampling",
            "sitesInspected", "sitesTotal", "residentStaffOK", "covered",
        ]
        let rows = report.products.map { p in
            [
                p.productId, p.name, p.province, String(p.fullSystemInspection), String(p.plannedFullSystemInspection),
                String(p.sampling), String(p.sitesInspected), String(p.sitesTotal), String(p.residentStaffOK), String(p.covered),
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
