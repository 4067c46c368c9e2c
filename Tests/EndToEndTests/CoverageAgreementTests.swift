import Foundation
import PilotCore
import Testing

/// The three places a regulator reads coverage from — `biopilot coverage --format json`, `report annual` and the
/// coverage pane (`biopilot render --screen coverage`) — give the same numbers.
@Suite(.serialized) struct CoverageAgreementTests {
    func object(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    func agree(_ store: TempStore, today: String) throws {
        let common = ["--store", store.path, "--today", today, "--lang", "en"]
        let coverage = try object(["coverage", "--format", "json"] + common)
        let annual = try object(["report", "annual", "--format", "json"] + common)
        let pane = try CLI.run(["render", "--screen", "coverage", "--size", "200x1000"] + common)
        #expect(pane.status == 0)
        let covered = try #require(coverage["covered"] as? Int)
        let total = try #require(coverage["total"] as? Int)
        let commissioned = try #require(coverage["commissionedSamplings"] as? Int)
        #expect(total > 0 && commissioned > 0)
        // Annual report.
        #expect(annual["covered"] as? Int == covered && annual["inScope"] as? Int == total)
        #expect(annual["commissionedSamplings"] as? Int == commissioned)
        let provinces = try #require(coverage["provinces"] as? [[String: Any]])
        let annualProvinces = try #require(annual["provinces"] as? [[String: Any]])
        #expect(
            provinces.map { "\($0["code"]!) \($0["covered"]!)/\($0["total"]!)" }
                == annualProvinces.map { "\($0["code"]!) \($0["covered"]!)/\($0["total"]!)" })
        let products = try #require(coverage["products"] as? [[String: Any]])
        let requirements = Dictionary(
            uniqueKeysWithValues: try #require(annual["requirements"] as? [[String: Any]]).map {
                ($0["key"] as! String, $0["count"] as! Int)
            })
        #expect(requirements["drug-product-sampling"] == products.filter { $0["sampling"] as? Bool == true }.count)
        #expect(requirements["drug-substance-sampling"] == products.filter { $0["drugSubstanceSampling"] as? String != "none" }.count)
        #expect(requirements["holder-qs-required"] == products.filter { $0["holderInspectionRequired"] as? Bool == true }.count)
        let notCounted = try #require(coverage["notInProduction"] as? [[String: Any]])
        #expect((annual["notInProduction"] as? [[String: Any]])?.count == notCounted.count)
        // The pane: headline, every province heading it shows, and the not-counted list.
        let percent = Percent.of(covered, total)
        #expect(pane.stdout.contains("\(covered)/\(total) covered (\(percent)%) · \(commissioned) commissioned not counted"))
        var headings = 0
        for p in provinces {
            let code = p["code"] as! String
            let english = try #require(Self.english[code])
            if let line = pane.stdout.split(separator: "\n").first(where: { $0.hasPrefix("     \(english) ") }) {
                #expect(line.contains(" \(p["covered"]!)/\(p["total"]!) "), "\(line)")
                headings += 1
            }
        }
        #expect(headings > 0)
        if !notCounted.isEmpty && headings == provinces.count {
            #expect(pane.stdout.contains("Not in production (not counted)"))
        }
    }

    static let english = [
        "110000": "Beijing", "310000": "Shanghai", "320000": "Jiangsu", "330000": "Zhejiang", "370000": "Shandong",
        "420000": "Hubei", "440000": "Guangdong", "510000": "Sichuan",
    ]

    @Test func demoStore() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        try agree(store, today: "2026-11-22")
    }

    @Test func fiveHundredProducts() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22", "--products", "500"]).status == 0)
        try agree(store, today: "2026-11-22")
    }

    /// P08's holder (E04, licence class B, no site of its own) needs its quality system inspected; the optional
    /// `holderQualitySystem` flag on a completed inspection says it was.
    @Test func theHolderQualitySystemFlagCoversABClassHolder() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        func p08() throws -> [String: Any] {
            let json = try object(["coverage", "--format", "json", "--store", store.path, "--today", "2026-11-22"])
            return try #require((json["products"] as? [[String: Any]])?.first { $0["id"] as? String == "P08" })
        }
        var p = try p08()
        #expect(p["holderInspectionRequired"] as? Bool == true && p["holderInspected"] as? Bool == false)
        let set = try CLI.run([
            "set", "inspection", "INS-0021", "holderQualitySystem=true", "status=completed", "start=2026-11-02", "end=2026-11-03",
            "--store", store.path, "--today", "2026-11-22", "--reason", "持有人质量体系检查",
        ])
        #expect(set.status == 0, "\(set.stderr)")
        p = try p08()
        #expect(p["holderInspected"] as? Bool == true)
        let csv = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout
        #expect(csv.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("INS-0021,") && $0.contains(",true,") })
    }
}
