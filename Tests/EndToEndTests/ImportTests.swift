import Foundation
import PilotCore
import PilotStore
import Testing

/// Imports from the command line: linear, checked before the store is locked, and strict about dates;
/// ids numbered Int.max (audit D9, D12, D16).
@Suite(.serialized) struct ImportTests {
    let today = "2026-11-22"

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    static let productHeader = "name,category,holder,holder_credit_code,holder_province,ds_site_address,dp_site_address,stage,application\n"

    /// `count` products, each with its own new holder and site, as a province's sheet would list them.
    static func productSheet(_ count: Int, start: Int = 0) -> String {
        var text = productHeader
        for i in start..<(start + count) {
            let digits = String(i)
            let first17 = "91310000MA" + String(repeating: "0", count: 7 - digits.count) + digits
            let code = first17 + String(CreditCode.checkCharacter(for: first17)!)
            text += "测试单抗\(i),antibody,测试生物\(i)有限公司,\(code),上海市,上海市浦东新区张江路\(i)号,上海市浦东新区张江路\(i)号,application,2025-05-05\n"
        }
        return text
    }

    @Test func productSheetImportsOnceAndReimportAddsNothing() throws {
        let store = try demo()
        let file = store.path + "/products.csv"
        try Self.productSheet(300).write(toFile: file, atomically: true, encoding: .utf8)
        let dry = try CLI.run(["import", "products", file, "--store", store.path, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("dry run"), "\(dry.stderr)")
        let first = try CLI.run(["import", "products", file, "--store", store.path])
        #expect(
            first.status == 0 && first.stdout.contains("added 300 products, 300 new enterprises, 300 new sites"),
            "\(first.stdout) \(first.stderr)")
        let again = try CLI.run(["import", "products", file, "--store", store.path])
        #expect(again.status == 0 && again.stdout.contains("all 300 products are already in the store"), "\(again.stdout) \(again.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as! [String: Any]
        let ids = (json["products"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids.count == 314 && Set(ids).count == 314 && ids.last == "P314")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    @Test func aNegativeYearIsNotADate() throws {
        let store = try demo()
        let samplings = store.path + "/neg.csv"
        try "品种编号,分段,批号,抽样日期,检验机构,检验结论\nP12,原液,B-1,-2026-03-05,某所,待检\n"
            .write(toFile: samplings, atomically: true, encoding: .utf8)
        let s = try CLI.run(["import", "samplings", samplings, "--store", store.path])
        #expect(s.status == 1 && s.stderr.contains("neg.csv:line 2: sampling date \"-2026-03-05\" is not a date"), "\(s.stderr)")
        let products = store.path + "/negp.csv"
        try (Self.productHeader + "测试单抗,antibody,测试生物有限公司,,上海市,,,application,-2026-03-05\n")
            .write(toFile: products, atomically: true, encoding: .utf8)
        let p = try CLI.run(["import", "products", products, "--store", store.path])
        #expect(p.status == 1 && p.stderr.contains("negp.csv:line 2: application date \"-2026-03-05\" is not a date"), "\(p.stderr)")
    }

    @Test func idsNumberedIntMaxGetTheNextNumber() throws {
        // Audit D12: `schedule` and `add product` crashed (arithmetic overflow) on these ids.
        var data = DemoData.make(today: CivilDate(today)!, reference: bundledReference)
        var big = data.products[id: "P01"]!
        big.id = "P9223372036854775807"
        data.products.upsert(big)
        var inspection = data.inspections[id: "INS-0022"]!
        inspection.id = "INS-9223372036854775807"
        data.inspections.upsert(inspection)
        let store = TempStore()
        _ = try DirectoryStore.create(store.path, data: data, user: "e2e", reason: "ids at Int.max")
        let scheduled = try CLI.run([
            "schedule", "--store", store.path, "--product", "P01", "--type", "routine", "--start", "2027-03-03", "--force",
        ])
        #expect(scheduled.status == 0 && scheduled.stdout == "INS-9223372036854775808\n", "\(scheduled.stderr)")
        let added = try CLI.run(["add", "product", "--store", store.path, "--name", "测试单抗", "--type", "antibody", "--holder", "E01"])
        #expect(added.status == 0 && added.stdout == "P9223372036854775808\n", "\(added.stderr)")
        let sheet = store.path + "/p.csv"
        try Self.productSheet(2).write(toFile: sheet, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", "products", sheet, "--store", store.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }
}
