import Foundation
import PilotCore
import Testing

@testable import Exchange

@Suite struct ProductImportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/products-zh.csv")
    let data = DemoData.make(today: CivilDate("2026-11-22")!, reference: bundledReference)

    func sheet() throws -> String { try String(contentsOf: Self.fixture, encoding: .utf8) }

    @Test func aMixedFileMatchesAndCreatesEnterprisesAndSites() throws {
        guard case .add(let after) = ProductImport.read(try sheet(), into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("\(ProductImport.read(try sheet(), into: data, user: "u", provinces: bundledReference.provinces))")
            return
        }
        let added = after.products.filter { data.products[id: $0.id] == nil }
        #expect(added.map(\.name) == ["闽康重组带状疱疹疫苗", "闽康抗IL-17A单抗注射液, 预充针"])
        let vaccine = added[0]
        #expect(vaccine.type == .multivalentVaccine && vaccine.stage == .provincialPlan && vaccine.planRef == "闽药监试点〔2025〕1号")
        // The new holder is created once; the drug-product maker is matched by its exact name (E07, an existing enterprise).
        let holder = after.enterprises[id: vaccine.holderId]!
        #expect(holder.creditCode == "91350200MA3456789X" && holder.provinceCode == "350000" && data.enterprises[id: holder.id] == nil)
        let dpSite = after.sites[id: vaccine.segments.first { $0.segment == .drugProduct }!.siteId]!
        #expect(dpSite.id == "S02" && dpSite.enterpriseId == "E07")
        // The second product makes both segments at the holder's one address: a single site licensed for both.
        let own = added[1].siteIds
        #expect(own.count == 1 && after.sites[id: own[0]]!.drugSubstance && after.sites[id: own[0]]!.drugProduct)
        #expect(added[1].date(of: .application)?.description == "2025-06-18")
        let changes = ProductImport.changes(from: data, to: after)
        #expect(changes.filter { $0.after.kind == .enterprise }.count == 1)
    }

    /// Rule 1: the basis is its own column; an old sheet's 类别 giving a basis (临床急需生物制品) means type "other".
    @Test func basisColumnAndAnOldCategoryGivingTheBasis() throws {
        let lines = try sheet().split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let sheet = ([lines[0] + ",试点依据", lines[1] + ",国家药监局规定的其他生物制品", lines[2] + ","]).joined(separator: "\n") + "\n"
        guard case .add(let after) = ProductImport.read(sheet, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("\(ProductImport.read(sheet, into: data, user: "u", provinces: bundledReference.provinces))")
            return
        }
        let added = after.products.filter { data.products[id: $0.id] == nil }
        #expect(added.map(\.basis) == [.nmpaDesignated, nil])
        let urgent = lines[2].replacingOccurrences(of: ",抗体,", with: ",临床急需生物制品,")
        #expect(urgent != lines[2])
        guard
            case .add(let other) = ProductImport.read(
                lines[0] + "\n" + urgent + "\n", into: data, user: "u", provinces: bundledReference.provinces)
        else {
            Issue.record("rejected")
            return
        }
        let p = try #require(other.products.first { data.products[id: $0.id] == nil })
        #expect(p.basis == .clinicallyUrgent && p.type == .other)
        let bad = ([lines[0] + ",试点依据", lines[1] + ",随便"]).joined(separator: "\n") + "\n"
        guard case .rejected(let problems) = ProductImport.read(bad, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("accepted")
            return
        }
        #expect(problems.contains { $0.message.en.contains("basis \"随便\"") })
    }

    /// Rule 12: "is a vaccine" is its own column; empty, it follows the category (a multivalent vaccine is one).
    @Test func vaccineColumnSetsTheProductsProperty() throws {
        let lines = try sheet().split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let sheet = ([lines[0] + ",是否疫苗", lines[1] + ",", lines[2] + ",是"]).joined(separator: "\n") + "\n"
        guard case .add(let after) = ProductImport.read(sheet, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("\(ProductImport.read(sheet, into: data, user: "u", provinces: bundledReference.provinces))")
            return
        }
        let added = after.products.filter { data.products[id: $0.id] == nil }
        #expect(added.map(\.isVaccine) == [true, true])
        #expect(added[1].type == .antibody)
        let bad = ([lines[0] + ",是否疫苗", lines[2] + ",也许"]).joined(separator: "\n") + "\n"
        guard case .rejected(let problems) = ProductImport.read(bad, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("accepted")
            return
        }
        #expect(problems.contains { $0.message.en.contains("vaccine \"也许\"") })
    }

    @Test func gbkFileReadsTheSame() throws {
        let gbk = try TextDecoding.encodeGB18030(try sheet())
        let decoded = try TextDecoding.decode(gbk)
        #expect(decoded.encoding == .gb18030)
        #expect(
            ProductImport.read(decoded.text, into: data, user: "u", provinces: bundledReference.provinces)
                == ProductImport.read(try sheet(), into: data, user: "u", provinces: bundledReference.provinces))
    }

    @Test func oneBadRowRejectsEverythingWithLineNumbers() throws {
        let bad = try sheet() + "新品种,,胶囊剂,,新持有人有限公司,9135,火星,,,,,,,,,,,,\n"
        guard case .rejected(let problems) = ProductImport.read(bad, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("accepted")
            return
        }
        #expect(problems.allSatisfy { $0.line == 4 })
        #expect(problems.contains { $0.message.en.contains("type \"胶囊剂\"") })
        #expect(problems.contains { $0.message.en.contains("province") })
        // In Chinese for a Chinese reader (the dashboard's overlay, `--lang zh`).
        #expect(problems.contains { $0.text(.zh).hasPrefix("第 4 行：类型“胶囊剂”不是工作方案所列类型") })
        #expect(problems.contains { $0.text(.zh).contains("持有人“新持有人有限公司”是新企业，须填所在省份") })
    }

    @Test func reimportAddsNothing() throws {
        guard case .add(let after) = ProductImport.read(try sheet(), into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("the sheet was not accepted")
            return
        }
        #expect(ProductImport.read(try sheet(), into: after, user: "u", provinces: bundledReference.provinces) == .alreadyImported(rows: 2))
    }

    @Test func englishHeaders() {
        let text =
            "name,category,holder,holder_credit_code,holder_province,ds_site_address,dp_site_address,stage,application\n"
            + "Test mAb,antibody,申澜生物医药（上海）有限公司,,上海市,上海市浦东新区张江路1288号,上海市浦东新区张江路1288号,application,2025-05-05\n"
        guard case .add(let after) = ProductImport.read(text, into: data, user: "u", provinces: bundledReference.provinces) else {
            Issue.record("\(ProductImport.read(text, into: data, user: "u", provinces: bundledReference.provinces))")
            return
        }
        let p = after.products.first { $0.name == "Test mAb" }!
        #expect(p.holderId == "E01" && p.siteIds == ["S01"])
    }
}
