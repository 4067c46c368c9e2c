import PilotCore
import PilotStore

/// The records the contract tests start from, as `Tests/PilotStoreTests` has them: a couple of each kind.
enum Sample {
    static let today = CivilDate("2026-11-22")!

    static func small() -> PilotData {
        let demo = DemoData.make(today: today, reference: bundledReference)
        var data = PilotData()
        for e in demo.enterprises.prefix(2) { try! data.enterprises.insert(e) }
        try! data.sites.insert(
            Site(id: "S01", enterpriseId: "E01", address: "上海市浦东新区张江路1288号", provinceCode: "310000", drugSubstance: true, drugProduct: true)
        )
        try! data.products.insert(
            PilotProduct(
                id: "P01", name: "测试单抗", type: .antibody, holderId: "E01",
                segments: [SegmentSite(.drugSubstance, siteId: "S01")],
                steps: [StageStep(stage: .application, date: CivilDate("2025-03-01")!)]))
        try! data.inspectors.insert(demo.inspectors[0])
        return data
    }

    static func inspection(_ id: String, day: Int = 1) -> Inspection {
        let d = CivilDate("2026-03-01")!.adding(days: day)
        return Inspection(id: id, productId: "P01", siteIds: ["S01"], type: .routine, start: d, end: d, team: [], status: .planned)
    }

    /// Creating every record of `data`, in `DirectoryStore.create`'s order (parents before children).
    static func creations(_ data: PilotData) -> [Change] {
        var changes: [Change] = data.enterprises.map { .create(.enterprise($0)) }
        changes += data.sites.map { .create(.site($0)) }
        changes += data.products.map { .create(.product($0)) }
        changes += data.residentStaff.map { .create(.staff($0)) }
        changes += data.inspectors.map { .create(.inspector($0)) }
        changes += data.inspections.map { .create(.inspection($0)) }
        changes += data.samplings.map { .create(.sampling($0)) }
        changes += data.measures.map { .create(.measure($0)) }
        return changes
    }
}
