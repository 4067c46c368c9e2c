import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// A store written when an inspection held one `partnerProvinceCode` opens with that partner, and an edit
/// to two partners is journalled and replayed as two.
@Suite struct PartnerProvincesStoreTests {
    @Test func aLegacyPartnerProvinceOpensAndAnEditToTwoReplays() throws {
        let dir = TempDir()
        var data = Sample.small()
        var legacy = Sample.inspection("INS-0001")
        legacy.joint = true
        legacy.partnerProvinceCode = "320000"
        try data.inspections.insert(legacy)
        _ = try DirectoryStore.create(dir.path, data: data, user: "tester", reason: "fixture")
        #expect(String(decoding: dir.bytes("store.json"), as: UTF8.self).contains("\"partnerProvinceCode\""))
        let store = try DirectoryStore.open(dir.path)
        let opened = try #require(store.data.inspections[id: "INS-0001"])
        #expect(opened == legacy && opened.partnerProvinces == ["320000"])
        var two = opened
        two.partnerProvinces = ["320000", "330000"]
        try store.commit(user: "alice", reason: "joint with Zhejiang too") { _ in
            [.update(from: .inspection(opened), to: .inspection(two))]
        }
        let reopened = try DirectoryStore.open(dir.path)
        #expect(reopened.data.inspections[id: "INS-0001"]?.partnerProvinces == ["320000", "330000"])
    }
}
