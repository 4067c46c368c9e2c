@testable import PilotCore

/// A small store with one fully compliant cross-province product; each rule test breaks one thing.
enum Fixture {
    static let today = CivilDate("2026-06-15")!

    static func d(_ s: String) -> CivilDate { CivilDate(s)! }

    static func compliant() -> PilotData {
        var data = PilotData()
        try! data.enterprises.insert(
            Enterprise(
                id: "H", name: "测试持有人", nameEn: "Test Holder", creditCode: "91350100M000100Y43",
                provinceCode: "310000", licence: ManufacturingLicence(number: "沪20200001", classes: [.a, .b], productTypes: "s"),
                biologicsSince: d("2012-01-01"), liabilityCompensation: "保险 PL-1"))
        try! data.enterprises.insert(
            Enterprise(
                id: "C", name: "测试受托方", nameEn: "Test CMO", creditCode: "91350100M000100Y43",
                provinceCode: "320000", licence: ManufacturingLicence(number: "苏20100001", classes: [.c], productTypes: "s"),
                biologicsSince: d("2010-01-01")))
        try! data.sites.insert(
            Site(id: "SH", enterpriseId: "H", address: "上海某路1号", provinceCode: "310000", drugSubstance: true, drugProduct: false))
        try! data.sites.insert(
            Site(id: "SC", enterpriseId: "C", address: "苏州某路2号", provinceCode: "320000", drugSubstance: false, drugProduct: true))
        let steps: [(PilotStage, String)] = [
            (.application, "2024-11-01"), (.provincialSelection, "2024-12-01"), (.provincialPlan, "2025-01-10"),
            (.governmentApproval, "2025-02-01"), (.nmpaSubmission, "2025-02-15"), (.nmpaConfirmation, "2025-03-20"),
            (.licence, "2025-04-10"), (.marketingAuthorisation, "2025-05-10"), (.inProduction, "2025-06-01"),
        ]
        try! data.products.insert(
            PilotProduct(
                id: "P", name: "测试单抗", nameEn: "Test mAb", basis: .innovative, type: .antibody, holderId: "H",
                segments: [SegmentSite(.drugSubstance, siteId: "SH"), SegmentSite(.drugProduct, siteId: "SC")],
                steps: steps.map { StageStep(stage: $0.0, date: d($0.1)) }, planRef: "沪药监试点〔2025〕1号",
                jointPlanDates: ["320000": d("2025-01-15")], unifiedQualitySystem: true, licenceNamesBothAddresses: true,
                certificateNamesBothAddresses: true, proceduresNameBothAddresses: true,
                risk: RiskRating(intrinsic: .medium, compliance: .low)))
        try! data.residentStaff.insert(ResidentStaff(id: "R1", productId: "P", siteId: "SC", person: "甲", from: d("2025-05-01")))
        try! data.residentStaff.insert(ResidentStaff(id: "R2", productId: "P", siteId: "SC", person: "乙", from: d("2025-05-01")))
        try! data.inspectors.insert(Inspector(id: "K1", name: "检查员一", unit: "中心", provinceCode: "310000"))
        try! data.inspectors.insert(Inspector(id: "K2", name: "检查员二", unit: "中心", provinceCode: "320000", conflicts: ["C"]))
        try! data.inspectors.insert(Inspector(id: "K3", name: "检查员三", unit: "中心", provinceCode: "320000"))
        for (id, start, end) in [("I25", "2025-09-01", "2025-09-03"), ("I26", "2026-03-02", "2026-03-04")] {
            try! data.inspections.insert(
                Inspection(
                    id: id, productId: "P", siteIds: ["SH", "SC"], type: .fullGMP, start: d(start),
                    end: d(end), team: ["K1", "K3"], status: .completed, defects: Defects(general: 1),
                    conclusion: .compliant))
        }
        for (id, day) in [("S25", "2025-08-01"), ("S26", "2026-04-01")] {
            try! data.samplings.insert(
                Sampling(
                    id: id, productId: "P", segment: .drugProduct, batch: "B\(id)", sampledOn: d(day),
                    lab: "某所", reportNo: "R\(id)", reportDate: d(day).adding(days: 20), conclusion: .pass))
        }
        return data
    }

    static func findings(_ data: PilotData, today: CivilDate = today) -> [Finding] {
        RulesEngine(reference: bundledReference, today: today).findings(PilotIndex(data))
    }

    static func product(_ data: inout PilotData, _ change: (inout PilotProduct) -> Void) {
        var p = data.products[id: "P"]!
        change(&p)
        data.products.upsert(p)
    }
}
