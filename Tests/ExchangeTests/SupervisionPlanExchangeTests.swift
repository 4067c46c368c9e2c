import Foundation
import PilotCore
import Testing

@testable import Exchange

/// Issue 14 items 2 and 3 in the exchange formats: the supervision plan's columns in the product sheet (zh and en
/// headings) and the products CSV; commissioned testing in its own section of `report sampling`.
@Suite struct SupervisionPlanExchangeTests {
    let data = DemoData.make(today: CivilDate("2026-11-26")!, reference: bundledReference)

    func imported(_ sheet: String) -> ProductImport.Outcome {
        ProductImport.read(sheet, into: data, user: "u", provinces: bundledReference.provinces)
    }

    static let base = "品种名称,类型,持有人,持有人统一社会信用代码,持有人所在省份"
    static let row = "测试单抗,抗体,测试持有人,91350200MA3456789X,福建省"

    @Test func theChineseColumnsReadThePlan() throws {
        let sheet = """
            \(Self.base),质量监管方案文号,质量监管方案批准日期,全体系检查次数/年,其他检查次数/年,每年抽检原液,驻厂人员不少于,特别监管措施
            \(Self.row),闽药监〔2026〕3号,2026/2/1,2,1,是,3,每季度飞行检查
            测试单抗二,抗体,测试持有人,91350200MA3456789X,福建省,,,,,,,

            """
        guard case .add(let after) = imported(sheet) else {
            Issue.record("\(imported(sheet))")
            return
        }
        let added = after.products.filter { data.products[id: $0.id] == nil }.sorted { $0.id < $1.id }
        let plan = try #require(added.first?.supervisionPlan)
        #expect(
            plan
                == SupervisionPlan(
                    documentNo: "闽药监〔2026〕3号", approvedOn: CivilDate("2026-02-01"), fullSystemInspections: 2, otherInspections: 1,
                    drugSubstanceSampling: true, residentStaff: 3, specialMeasures: "每季度飞行检查"))
        // Every plan column empty: no plan of its own, the national minimum.
        #expect(added.count == 2 && added[1].supervisionPlan == nil)
    }

    @Test func theEnglishColumnsAndBadValues() {
        let header = "Name,Type,Holder,Holder credit code,Holder province,Full-system inspections a year,Drug substance sampled yearly"
        let good = imported("\(header)\nTest mAb,antibody,Holder,91350200MA3456789X,福建省,2,no\n")
        guard case .add(let after) = good else {
            Issue.record("\(good)")
            return
        }
        let plan = after.products.first { data.products[id: $0.id] == nil }?.supervisionPlan
        #expect(plan?.fullSystemInspections == 2 && plan?.drugSubstanceSampling == false && plan?.residentStaff == 2)
        guard case .rejected(let problems) = imported("\(header)\nTest mAb,antibody,Holder,91350200MA3456789X,福建省,two,maybe\n") else {
            Issue.record("accepted bad plan values")
            return
        }
        #expect(problems.count == 2 && problems[0].message.en.contains("\"two\" is not a whole number"))
    }

    /// The products CSV carries the plan under the headings the import reads: what one writes the other reads back.
    @Test func theProductsCSVCarriesThePlanUnderTheImportsHeadings() throws {
        let index = PilotIndex(data)
        let csv = TableExport.csv(
            .products, index: index, header: .zh, values: .words, bom: false, calendar: bundledReference.calendar,
            today: CivilDate("2026-11-26")!)
        let records = try CSVReader.parse(csv)
        let header = records[0].fields
        let p02 = try #require(records.first { $0.fields.first == "P02" }).fields
        func cell(_ heading: String) -> String? { header.firstIndex(of: heading).map { p02[$0] } }
        #expect(cell("全体系检查次数/年") == "2" && cell("每年抽检原液") == "否" && cell("驻厂人员不少于") == "2")
        #expect(cell("质量监管方案文号") == data.products[id: "P02"]?.supervisionPlan?.documentNo)
        let p01 = try #require(records.first { $0.fields.first == "P01" }).fields
        #expect(header.firstIndex(of: "全体系检查次数/年").map { p01[$0] } == "")
        for h in SupervisionPlanColumns.all { #expect(ProductImport.headings[h.key]?.contains(h.zh) == true) }
    }

    @Test func reportSamplingListsCommissionedTestsApart() throws {
        let index = PilotIndex(data)
        let today = CivilDate("2026-11-26")!
        func render(_ format: SamplingReport.Format, _ L: Language) -> String {
            SamplingReport.render(
                data, year: 2026, today: today, format: format, language: L, calendar: bundledReference.calendar, head: "1:x")
        }
        let commissioned = data.commissionedTests.filter { $0.sampledOn.year == 2026 }
        #expect(commissioned.count == 3)
        let zh = render(.text, .zh)
        let section = try #require(zh.range(of: "委托检验（企业委托，不计入以上抽检统计）"))
        #expect(commissioned.allSatisfy { zh[section.upperBound...].contains($0.id) })
        #expect(commissioned.allSatisfy { !zh[..<section.lowerBound].contains($0.batch) })
        #expect(render(.md, .en).contains("## Commissioned testing (requested by enterprises; in none of the counts above)"))
        let json = try JSONSerialization.jsonObject(with: Data(render(.json, .en).utf8)) as? [String: Any]
        let listed = try #require(json?["commissioned"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? String } == commissioned.sorted { ($0.requestedOn!, $0.id) < ($1.requestedOn!, $1.id) }.map(\.id))
        #expect(listed.allSatisfy { $0["requestedOn"] is String })
        // The per-product counts hold the supervisory samplings only.
        let byProduct = try #require(json?["byProduct"] as? [[String: Any]])
        let total = byProduct.compactMap { $0["total"] as? Int }.reduce(0, +)
        #expect(total == index.data.supervisorySamplings.filter { $0.sampledOn.year == 2026 }.count)
        let csv = render(.csv, .en)
        #expect(commissioned.allSatisfy { csv.contains("commissioned,\($0.id),") })
    }
}
