import Foundation
import Testing

/// Coverage computed independently, in Python from the CSV exports, must equal `biopilot coverage --format json`.
@Suite(.serialized) struct CoverageCrossCheckTests {
    static let script = #"""
        import csv, json, sys, io
        store, today, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
        def rows(name):
            return list(csv.DictReader(open(f"{store}/{name}.csv", encoding="utf-8-sig", newline="")))
        products, inspections = rows("products"), rows("inspections")
        # A voided sampling (entered by mistake) counts nowhere.
        samplings = [s for s in rows("samplings") if not s["voided_on"]]
        # Sites (owner, province) and inspectors (province) are not in the CSV exports: read them from the store.
        raw = json.load(open(f"{store}/store.json", encoding="utf-8"))
        site_owner = {s["id"]: s["enterpriseId"] for s in raw["sites"]}
        site_province = {s["id"]: s["provinceCode"] for s in raw["sites"]}
        inspector_province = {i["id"]: i["provinceCode"] for i in raw["inspectors"]}
        ref = min(f"{year}-12-31", today)
        out, provinces = [], {}
        def mark(found):
            if any(s["conclusion"] == "fail" and s["retest_result"] != "pass" for s in found): return "failed"
            if any(s["conclusion"] in ("pass", "fail") for s in found): return "issued"
            return "pending" if found else "none"
        for p in products:
            since = p["in_production_on"]
            if not since or since > ref:
                continue
            ds_sites = [s for s in p["drug_substance_sites"].split(";") if s]
            dp_sites = [s for s in p["drug_product_sites"].split(";") if s]
            sites = list(dict.fromkeys(ds_sites + dp_sites))
            done = [i for i in inspections if i["product_id"] == p["id"] and i["status"] == "completed" and i["end"][:4] == str(year)]
            full = any(i["type"] == "full-gmp" for i in done)
            # The product's own supervision plan may ask for more full-system inspections and a drug-substance
            # sampling; never for less than one inspection.
            # A plan approved in a later year does not reach back.
            in_force = not p["plan_approved_on"] or p["plan_approved_on"][:4] <= str(year)
            asked = max(1, int(p["plan_full_system_inspections"] or 1)) if in_force else 1
            enough = len([i for i in done if i["type"] == "full-gmp"]) >= asked
            planned = any(i["product_id"] == p["id"] and i["type"] == "full-gmp" and i["status"] in ("planned", "in-progress")
                          and (i["start"][:4] == str(year) or i["end"][:4] == str(year)) for i in inspections)
            inspected = {s for i in done for s in i["sites"].split(";") if s}
            year_samplings = [s for s in samplings if s["product_id"] == p["id"] and s["sampled_on"][:4] == str(year) and s["sampled_on"] <= today]
            supervisory = [s for s in year_samplings if s["commissioned"] != "true"]
            dp = mark([s for s in supervisory if s["segment"] == "drug-product"])
            ds = mark([s for s in supervisory if s["segment"] == "drug-substance"])
            sampled = dp != "none"
            required = p["holder"] not in site_owner.values()
            holder_done = any(i["holder_quality_system"] == "true" for i in done)
            n = len([s for s in sites if s in inspected])
            ds_ok = not in_force or p["plan_drug_substance_sampling"] != "true" or ds != "none"
            covered = enough and sampled and ds_ok and n == len(sites) and (not required or holder_done)
            team = {inspector_province.get(m) for i in done for m in i["team"].split(";") if m}
            shares = []
            for code in p["provinces"].split(";"):
                own = [s for s in sites if site_province[s] == code]
                segs = ({"drug-substance"} if any(s in ds_sites for s in own) else set()) | ({"drug-product"} if any(s in dp_sites for s in own) else set())
                k = len([s for s in own if s in inspected])
                holder = code == p["province"]
                share = covered if holder else k == len(own)
                shares.append({"code": code, "holderProvince": holder, "sitesInspected": k, "sitesTotal": len(own),
                               "samplings": len([s for s in supervisory if s["segment"] in segs]), "inspectorOnTeam": code in team, "covered": share})
                c = provinces.setdefault(code, [0, 0]); c[1] += 1; c[0] += share
            out.append({"id": p["id"], "fullSystemInspection": full, "plannedFullSystemInspection": planned, "sampling": sampled,
                        "drugProductSampling": dp, "drugSubstanceSampling": ds, "commissionedSamplings": len(year_samplings) - len(supervisory),
                        "holderInspectionRequired": required, "holderInspected": holder_done,
                        "sitesInspected": n, "sitesTotal": len(sites), "covered": covered, "byProvince": shares})
        print(json.dumps({"products": out, "provinces": {k: v for k, v in provinces.items()},
                          "covered": sum(p["covered"] for p in out), "total": len(out),
                          "commissionedSamplings": sum(p["commissionedSamplings"] for p in out)}))
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
        #expect(mine["commissionedSamplings"] as? Int == theirs["commissionedSamplings"] as? Int)
        let keys = [
            "fullSystemInspection", "plannedFullSystemInspection", "sampling", "drugProductSampling", "drugSubstanceSampling",
            "commissionedSamplings", "holderInspectionRequired", "holderInspected", "sitesInspected", "sitesTotal", "covered",
        ]
        let shareKeys = ["code", "holderProvince", "sitesInspected", "sitesTotal", "samplings", "inspectorOnTeam", "covered"]
        let expected = Dictionary(uniqueKeysWithValues: (mine["products"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        let actual = theirs["products"] as! [[String: Any]]
        #expect(actual.count == expected.count)
        for p in actual {
            let id = p["id"] as! String
            for key in keys { #expect("\(p[key]!)" == "\(expected[id]?[key] ?? "missing")", "\(id) \(key)") }
            let shares = p["byProvince"] as! [[String: Any]]
            let expectedShares = expected[id]?["byProvince"] as? [[String: Any]] ?? []
            #expect(shares.count == expectedShares.count, "\(id) byProvince")
            for (share, want) in zip(shares, expectedShares) {
                for key in shareKeys { #expect("\(share[key]!)" == "\(want[key] ?? "missing")", "\(id) \(share["code"]!) \(key)") }
            }
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
