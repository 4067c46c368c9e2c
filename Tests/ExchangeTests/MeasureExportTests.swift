import Foundation
import PilotCore
import Testing

@testable import Exchange

/// Risk-control measures in `export csv measures`, `export json` and `report annual`.
@Suite struct MeasureExportTests {
    static let today = CivilDate("2026-11-22")!
    static let data = DemoData.make(today: today, reference: bundledReference)

    func csv(_ header: TableExport.HeaderStyle, _ values: TableExport.ValueStyle) throws -> [[String]] {
        let text = TableExport.csv(
            .measures, index: PilotIndex(Self.data), header: header, values: values, bom: true, calendar: bundledReference.calendar,
            today: Self.today)
        return try CSVReader.parse(text).map(\.fields)
    }

    /// Parsed back, the sheet has one row per measure with its due date in force and whether it is overdue.
    @Test func theCSVReadsBackWithDueDatesAndOverdue() throws {
        let rows = try csv(.keys, .keys)
        let header = rows[0]
        #expect(header.first == "\u{FEFF}id" || header.first == "id")
        #expect(rows.count == Self.data.measures.count + 1)
        func column(_ key: String) throws -> Int { try #require(header.firstIndex(of: key)) }
        let measures = Self.data.measures.records
        let kind = try column("kind")
        let answers = try column("answers_id")
        let due = try column("due")
        let overdue = try column("overdue")
        for (row, m) in zip(rows.dropFirst(), measures) {
            #expect(row[kind] == m.kind.rawValue && row[answers] == m.answers.id)
            #expect(row[due] == (m.dueDate(Self.data.deadlines, calendar: bundledReference.calendar)?.description ?? ""))
            #expect(
                row[overdue] == String(m.isOverdue(today: Self.today, deadlines: Self.data.deadlines, calendar: bundledReference.calendar)))
        }
        // The seizure's due date is computed (nothing was entered), the recall's is the one entered.
        let seizure = try #require(rows.first { $0[1] == "P07" && $0.contains("seal-seize") })
        let entered = try column("deadline_entered")
        #expect(seizure[entered].isEmpty && !seizure[due].isEmpty)
        #expect(rows.dropFirst().contains { $0[overdue] == "true" })
    }

    @Test func chineseAndEnglishHeadersAndWords() throws {
        let zh = try csv(.zh, .words)
        #expect(zh[0].contains("措施") && zh[0].contains("责任人") && zh[0].contains("期限") && zh[0].contains("逾期"))
        #expect(zh.contains { $0.contains("查封、扣押") } && zh.contains { $0.contains("已办结") } && zh.contains { $0.contains("抽检") })
        let en = try csv(.en, .words)
        #expect(en[0].contains("Measure") && en[0].contains("Owner") && en[0].contains("Due"))
        #expect(en.contains { $0.contains("recall ordered") } && en.contains { $0.contains("done") })
    }

    /// The annual report counts the year's measures by kind (every kind) and by status, with the overdue ones.
    @Test func theAnnualReportCountsMeasures() throws {
        let index = PilotIndex(Self.data)
        let a = AnnualReport.annual(index, year: 2026, today: Self.today, language: .en, reference: bundledReference)
        #expect(a.measuresByKind.count == MeasureKind.allCases.count)
        let decided = Self.data.measures.records.filter { $0.decidedOn.year == 2026 }
        #expect(a.measuresByKind.map(\.count).reduce(0, +) == decided.count && decided.count >= 2)
        #expect(a.measuresByKind.first { $0.key == "recall" }?.count == 1)
        #expect(a.measuresByStatus.first { $0.key == "overdue" }?.count == 1)
        let md = AnnualReport.renderAnnual(
            index, year: 2026, today: Self.today, format: .md, language: .zh, reference: bundledReference, head: "1:x")
        #expect(md.contains("## 风险控制措施（按种类）") && md.contains("| 责令召回 | 1 |") && md.contains("| 其中逾期未办结 | 1 |"))
        let csv = AnnualReport.renderAnnual(
            index, year: 2026, today: Self.today, format: .csv, language: .en, reference: bundledReference, head: "1:x")
        #expect(csv.contains("measure-kind,seal-seize,sealed or seized,1") && csv.contains("measure-status,open,open,2"))
    }
}
