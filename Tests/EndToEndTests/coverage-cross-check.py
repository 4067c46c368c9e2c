# Annual coverage recomputed independently from biopilot's CSV exports (and the sites and inspectors of
# store.json, which the exports leave out), for the end-to-end tests and the benchmark at national scale.
# Usage: coverage-cross-check.py STORE TODAY YEAR [COVERAGE_JSON]
import collections, csv, json, sys
store, today, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
# With a fourth argument, `biopilot coverage --format json` of the same year: print the differences, exit 1 if any.
against = sys.argv[4] if len(sys.argv) > 4 else None
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
inspections_of, samplings_of = collections.defaultdict(list), collections.defaultdict(list)
for i in inspections: inspections_of[i["product_id"]].append(i)
for s in samplings: samplings_of[s["product_id"]].append(s)
for p in products:
    since = p["in_production_on"]
    if not since or since > ref:
        continue
    ds_sites = [s for s in p["drug_substance_sites"].split(";") if s]
    dp_sites = [s for s in p["drug_product_sites"].split(";") if s]
    sites = list(dict.fromkeys(ds_sites + dp_sites))
    done = [i for i in inspections_of[p["id"]] if i["status"] == "completed" and i["end"][:4] == str(year)]
    full = any(i["type"] == "full-gmp" for i in done)
    # The product's own supervision plan may ask for more full-system inspections and a drug-substance
    # sampling; never for less than one inspection.
    # A plan approved in a later year does not reach back.
    in_force = not p["plan_approved_on"] or p["plan_approved_on"][:4] <= str(year)
    asked = max(1, int(p["plan_full_system_inspections"] or 1)) if in_force else 1
    enough = len([i for i in done if i["type"] == "full-gmp"]) >= asked
    planned = any(i["type"] == "full-gmp" and i["status"] in ("planned", "in-progress")
                  and (i["start"][:4] == str(year) or i["end"][:4] == str(year)) for i in inspections_of[p["id"]])
    inspected = {s for i in done for s in i["sites"].split(";") if s}
    year_samplings = [s for s in samplings_of[p["id"]] if s["sampled_on"][:4] == str(year) and s["sampled_on"] <= today]
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
mine = {"products": out, "provinces": {k: v for k, v in provinces.items()},
        "covered": sum(p["covered"] for p in out), "total": len(out),
        "commissionedSamplings": sum(p["commissionedSamplings"] for p in out)}
if against is None:
    print(json.dumps(mine))
    sys.exit(0)
theirs = json.load(open(against, encoding="utf-8"))
keys = ["fullSystemInspection", "plannedFullSystemInspection", "sampling", "drugProductSampling", "drugSubstanceSampling",
        "commissionedSamplings", "holderInspectionRequired", "holderInspected", "sitesInspected", "sitesTotal", "covered"]
share_keys = ["code", "holderProvince", "sitesInspected", "sitesTotal", "samplings", "inspectorOnTeam", "covered"]
expected = {p["id"]: p for p in out}
differences = [f"{k}: {mine[k]} here, {theirs[k]} in biopilot" for k in ["covered", "total", "commissionedSamplings"] if mine[k] != theirs[k]]
if len(theirs["products"]) != len(out):
    differences.append(f"{len(out)} products here, {len(theirs['products'])} in biopilot")
for p in theirs["products"]:
    want = expected.get(p["id"])
    if want is None:
        differences.append(f"{p['id']}: not counted here")
        continue
    differences += [f"{p['id']} {k}: {want[k]} here, {p[k]} in biopilot" for k in keys if p[k] != want[k]]
    if len(p["byProvince"]) != len(want["byProvince"]):
        differences.append(f"{p['id']}: {len(want['byProvince'])} provinces here, {len(p['byProvince'])} in biopilot")
    for share, w in zip(p["byProvince"], want["byProvince"]):
        differences += [f"{p['id']} {share['code']} {k}: {w[k]} here, {share[k]} in biopilot" for k in share_keys if share[k] != w[k]]
for c in theirs["provinces"]:
    if provinces.get(c["code"]) != [c["covered"], c["total"]]:
        differences.append(f"province {c['code']}: {provinces.get(c['code'])} here, {[c['covered'], c['total']]} in biopilot")
for d in differences[:50]:
    print(d)
print(f"{year}: {theirs['covered']}/{theirs['total']} covered, {len(differences)} differences")
sys.exit(1 if differences else 0)
