import Foundation
import Testing

/// Coverage computed independently, in Python from the CSV exports, must equal `biopilot coverage --format json`.
@Suite(.serialized) struct CoverageCrossCheckTests {
    static let script = #"""
        import csv, json, sys, io
        store, today, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
        def rows(name):
            return list(csv.DictReader(open(f"{store}/{name}.csv", encoding="utf-8-sig", newline="")))
        products, inspections, samplings = rows("products"), rows("inspections"), rows("samplings")
        ref = min(f"{year}-12-31", today)
        out, provinces = [], {}
        for p in products:
            since = p["in_production_on"]
            if not since or since > ref:
                continue
            sites = [s for s in (p["drug_substance_sites"] + ";" + p["drug_product_sites"]).split(";") if s]
            sites = list(dict.fromkeys(sites))
            done = [i for i in inspections if i["product_id"] == p["id"] and i["status"] == "completed" and i["end"][:4] == str(year)]
            full = any(i["type"] == "full-gmp" for i in done)
            planned = any(i["product_id"] == p["id"] and i["type"] == "full-gmp" and i["status"] in ("planned", "in-progress")
                          and (i["start"][:4] == str(year) or i["end"][:4] == str(year)) for i in inspections)
            inspected = {s for i in done for s in i["sites"].split(";") if s}
            sampled = any(s["product_id"] == p["id"] and s["sampled_on"][:4] == str(year) and s["sampled_on"] <= today for s in samplings)
            n = len([s for s in sites if s in inspected])
            covered = full and sampled and n == len(sites)
            out.append({"id": p["id"], "fullSystemInspection": full, "plannedFullSystemInspection": planned, "sampling": sampled,
                        "sitesInspected": n, "sitesTotal": len(sites), "covered": covered})
            for code in p["provinces"].split(";"):
                c = provinces.setdefault(code, [0, 0]); c[1] += 1; c[0] += covered
        print(json.dumps({"products": out, "provinces": {k: v for k, v in provinces.items()},
                          "covered": sum(p["covered"] for p in out), "total": len(out)}))
        """#

    func crossCheck(_ store: TempStore, today: String, year: Int) throws {
        for kind in ["products", "inspections", "samplings"] {
            try CLI.run(["export", "csv", kind, "--store", store.path]).stdoutBytes.write(
                to: URL(fileURLWithPath: store.path + "/\(kind).csv"))
        }
        let python = try CLI.python(Self.script, [store.path, today, String(year)])
        #expect(python.status == 0, "\(python.stderr)")
        let mine = try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as! [String: Any]
        let json = try CLI.run(["coverage", "--store", store.path, "--today", today, "--year", String(year), "--format", "json"])
        let theirs = try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [String: Any]
        #expect(mine["covered"] as? Int == theirs["covered"] as? Int)
        #expect(mine["total"] as? Int == theirs["total"] as? Int)
        let keys = ["fullSystemInspection", "plannedFullSystemInspection", "sampling", "sitesInspected", "sitesTotal", "covered"]
        let expected = Dictionary(uniqueKeysWithValues: (mine["products"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        let actual = theirs["products"] as! [[String: Any]]
        #expect(actual.count == expected.count)
        for p in actual {
            let id = p["id"] as! String
            for key in keys { #expect("\(p[key]!)" == "\(expected[id]?[key] ?? "missing")", "\(id) \(key)") }
        }
        let provinces = mine["provinces"] as! [String: [Int]]
        for p in theirs["provinces"] as! [[String: Any]] {
            #expect(provinces[p["code"] as! String] == [p["covered"] as! Int, p["total"] as! Int])
        }
    }

    @Test func demoStore() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        try crossCheck(store, today: "2026-11-22", year: 2026)
        try crossCheck(store, today: "2026-11-22", year: 2025)
    }

    @Test func largerGeneratedStore() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22", "--products", "500"]).status == 0)
        try crossCheck(store, today: "2026-11-22", year: 2026)
    }
}
