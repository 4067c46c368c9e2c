import Foundation
import PilotCore

/// `biopilot report sampling`: the year's pass / fail / pending / overdue counts of supervisory samplings per product
/// and per lab, and apart from them the commissioned tests (委托检验), which none of the counts include.
public enum SamplingReport {
    public enum Format: String, CaseIterable, Sendable { case text, csv, json, md }

    struct Line: Encodable {
        let key: String
        let name: String
        let pass: Int, fail: Int, pending: Int, overdue: Int, total: Int
    }

    struct Document: Encodable {
        let year: Int
        let asOf: String
        let byProduct: [Line]
        let byLab: [Line]
        /// Commissioned testing (委托检验), listed apart and in none of the counts above.
        let commissioned: [CommissionedTest]
    }

    struct CommissionedTest: Encodable {
        let id: String
        let productId: String
        let name: String
        let segment: String
        let batch: String
        let requestedOn: String?
        let lab: String
        let conclusion: String
        let reportDate: String?
    }

    /// `head` is the journal head the report was made from (`REV:HASH`); CSV leaves it to the caller (stderr).
    public static func render(
        _ data: PilotData, year: Int, today: CivilDate, format: Format, language L: Language,
        calendar: WorkingCalendar, head: String
    ) -> String {
        func lines(_ rows: [SamplingSummary.Row], names: (String) -> String) -> [Line] {
            rows.map {
                Line(
                    key: $0.key, name: names($0.key), pass: $0.counts.pass, fail: $0.counts.fail, pending: $0.counts.pending,
                    overdue: $0.counts.overdue, total: $0.counts.total)
            }
        }
        let products = lines(SamplingSummary.byProduct(data, year: year, today: today, calendar: calendar)) { id in
            data.products[id: id].map { $0.displayName(L) } ?? id
        }
        let labs = lines(SamplingSummary.byLab(data, year: year, today: today, calendar: calendar)) { $0 }
        let commissioned = data.commissionedTests.filter { $0.sampledOn.year == year }
            .sorted { ($0.requestedOn ?? $0.sampledOn, $0.id) < ($1.requestedOn ?? $1.sampledOn, $1.id) }
            .map {
                CommissionedTest(
                    id: $0.id, productId: $0.productId, name: data.products[id: $0.productId].map { $0.displayName(L) } ?? $0.productId,
                    segment: $0.segment.rawValue, batch: $0.batch, requestedOn: $0.requestedOn?.description, lab: $0.lab,
                    conclusion: $0.conclusion.rawValue, reportDate: $0.reportDate?.description)
            }
        let commissionedTitle =
            L == .zh ? "委托检验（企业委托，不计入以上抽检统计）" : "Commissioned testing (requested by enterprises; in none of the counts above)"
        let commissionedHeader =
            L == .zh
            ? ["编号", "品种", "批号", "委托日期", "检验机构", "结论", "报告日期"] : ["ID", "Product", "Batch", "Requested", "Lab", "Result", "Report"]
        func commissionedRow(_ t: CommissionedTest) -> [String] {
            [
                t.id, t.name, t.batch, t.requestedOn ?? "—", t.lab, SamplingConclusion(rawValue: t.conclusion)?.label[L] ?? t.conclusion,
                t.reportDate ?? "",
            ]
        }
        let noCommissioned = L == .zh ? "无\n" : "none\n"
        let header = L == .zh ? ["符合规定", "不符合规定", "检验中", "逾期", "合计"] : ["Pass", "Fail", "Pending", "Overdue", "Total"]
        func counts(_ l: Line) -> [String] { [l.pass, l.fail, l.pending, l.overdue, l.total].map(String.init) }
        switch format {
        case .json:
            let doc = Document(year: year, asOf: today.description, byProduct: products, byLab: labs, commissioned: commissioned)
            return try! JournalHeadNote.json(doc, head: head)
        case .csv:
            // One row per commissioned test, its result in the column it falls in (no deadline: overdue empty).
            let tests = commissioned.map { t in
                ["commissioned", t.id, t.name]
                    + ["pass", "fail", "pending"].map { t.conclusion == $0 ? "1" : "0" } + ["", "1"]
            }
            let rows =
                products.map { ["product", $0.key, $0.name] + counts($0) } + labs.map { ["lab", $0.key, $0.name] + counts($0) } + tests
            return CSV.document(header: ["group", "key", "name", "pass", "fail", "pending", "overdue", "total"], rows: rows)
        case .text, .md:
            let title = L == .zh ? "\(year) 年抽检汇总（截至 \(today)）" : "Sampling \(year) (as of \(today))"
            let productTitle = L == .zh ? ["编号", "品种"] : ["ID", "Product"]
            let labTitle = L == .zh ? ["检验机构"] : ["Lab"]
            if format == .md {
                return "# \(title)\n\n"
                    + TextTable.markdown(header: productTitle + header, rows: products.map { [$0.key, $0.name] + counts($0) })
                    + "\n" + TextTable.markdown(header: labTitle + header, rows: labs.map { [$0.key] + counts($0) })
                    + "\n## \(commissionedTitle)\n\n"
                    + (commissioned.isEmpty
                        ? noCommissioned : TextTable.markdown(header: commissionedHeader, rows: commissioned.map(commissionedRow)))
                    + "\n" + JournalHeadNote.markdown(head, language: L)
            }
            let right = Set(2..<7)
            return title + "\n\n"
                + TextTable.render(
                    header: productTitle + header, rows: products.map { [$0.key, $0.name] + counts($0) },
                    rightAligned: right, maxWidths: [1: 36])
                + "\n" + TextTable.render(header: labTitle + header, rows: labs.map { [$0.key] + counts($0) }, rightAligned: Set(1..<6))
                + "\n" + commissionedTitle + "\n\n"
                + (commissioned.isEmpty
                    ? noCommissioned
                    : TextTable.render(
                        header: commissionedHeader, rows: commissioned.map(commissionedRow), rightAligned: [], maxWidths: [1: 36]))
                + "\n" + JournalHeadNote.text(head, language: L)
        }
    }
}
