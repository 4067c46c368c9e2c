import Foundation
import Testing

/// Issue 12 items 14 and 18 at the command line: basis and type, joint-plan dates per partner province, the three
/// documents, the province's summary as a setting, in CSV, JSON and the published schema.
@Suite(.serialized) struct ProductFactsCommandLineTests {
    let today = "2026-11-26"

    @Test func newFactsAreSetExportedAndMatchTheSchema() throws {
        let store = try TempStore.demo(today: today)
        let added = try CLI.run([
            "add", "product", "--store", store.path, "--name", "测试单抗", "--type", "antibody", "--basis", "nmpa-designated",
            "--holder", "E01",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        // P12 (Hubei holder): Shandong and Guangdong partners; one dated here, the other left missing.
        let set = try CLI.run([
            "set", "product", "P12", "jointPlanDates.370000=2025-06-01", "proceduresNameBothAddresses=false", "--store", store.path,
            "--reason", "核对",
        ])
        #expect(set.status == 0, "\(set.stderr)")
        let summary = try CLI.run(["set", "setting", "pilot.summary=2026-12-20 沪药监函〔2026〕88号", "--store", store.path, "--reason", "报送"])
        #expect(summary.status == 0, "\(summary.stderr)")
        let badSummary = try CLI.run(["set", "setting", "pilot.summary=2026-12-20", "--store", store.path, "--reason", "x"])
        #expect(badSummary.status != 0 && badSummary.stderr.contains("document number"))

        let findings = try CLI.run(["validate", "--store", store.path, "--today", today]).stdout
        let lines = findings.split(separator: "\n")
        #expect(lines.filter { $0.contains("(R11)\t") && $0.contains("enterprise assessment") }.count == 1, "\(findings)")
        #expect(lines.contains { $0.contains("\tP12\t") && $0.contains("joint plan with Guangdong") && !$0.contains("Shandong") })
        #expect(lines.contains { $0.contains("\tP12\t") && $0.contains("manufacturing and testing procedures does not name") })
        #expect(lines.contains { $0.contains("(R1)\t") && $0.contains("\tP04\t") && $0.contains("basis not recorded") })

        let csv = try CLI.run(["export", "csv", "products", "--store", store.path]).stdout
        let header = try #require(csv.split(separator: "\r\n").first).dropFirst() // the BOM
        for column in ["type", "basis", "joint_plan_dates", "licence_names_both", "certificate_names_both", "procedures_name_both"] {
            #expect(header.split(separator: ",").contains(Substring(column)), "\(header)")
        }
        #expect(!header.contains("category"))
        #expect(csv.contains("370000=2025-06-01"))

        let schema = try CLI.run(["schema"])
        let file = store.path + "/schema.json"
        try schema.stdoutBytes.write(to: URL(fileURLWithPath: file))
        // The store as written, and a product as an older store wrote it, both match the schema.
        let check = try CLI.python(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            product = dict(schema["$defs"]["product"]); product["$defs"] = schema["$defs"]
            old = {"id": "P01", "name": "旧", "category": "other-innovative", "holderId": "E01", "segments": [],
                   "steps": [{"stage": "summary", "date": "2026-12-01"}], "jointPlan": True, "documentsNameBothAddresses": True}
            jsonschema.Draft202012Validator(product).validate(old)
            del old["category"]
            print("old without type or category:", "rejected" if list(jsonschema.Draft202012Validator(product).iter_errors(old)) else "accepted")
            """, [file, store.path + "/store.json"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("rejected"))
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as! [String: Any]
        let products = json["products"] as! [[String: Any]]
        let p12 = try #require(products.first { $0["id"] as? String == "P12" })
        #expect((p12["jointPlanDates"] as? [String: String]) == ["370000": "2025-06-01"] && p12["category"] == nil)
        let added15 = try #require(products.first { $0["name"] as? String == "测试单抗" })
        #expect(added15["basis"] as? String == "nmpa-designated" && added15["type"] as? String == "antibody")
    }
}
