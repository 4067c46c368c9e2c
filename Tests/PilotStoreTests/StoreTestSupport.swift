import Foundation
import PilotCore

@testable import PilotStore

/// A fresh temporary directory per test, removed afterwards.
final class TempDir {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "biopilot-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func bytes(_ name: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path + "/" + name) ?? Data()) }
    func write(_ name: String, _ bytes: [UInt8]) { _ = FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes)) }
}

enum Sample {
    static let today = CivilDate("2026-11-22")!

    /// A small store: a couple of records of each kind, so exhaustive truncation tests stay fast.
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
}
