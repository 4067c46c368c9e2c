import Foundation
import Testing

@testable import PilotCore

/// A joint inspection can record several partner provinces (a product made in three provinces has two); stores
/// written with the one `partnerProvinceCode` still open and mean the same.
@Suite struct PartnerProvincesTests {
    typealias F = Fixture

    @Test func aStoreWithOnePartnerProvinceStillDecodes() throws {
        let legacy = Data(
            #"""
            {"id": "I1", "productId": "P", "siteIds": ["SH"], "type": "full-gmp", "unannounced": false, "joint": true,
             "partnerProvinceCode": "320000", "start": "2026-03-02", "end": "2026-03-04", "team": ["K1"], "status": "planned"}
            """#.utf8)
        var old = try JSONDecoder().decode(Inspection.self, from: legacy)
        #expect(old.partnerProvinces == ["320000"])
        // Writing back what it holds leaves the record as stored (an unchanged form is no change).
        let untouched = old
        old.partnerProvinces = ["320000"]
        #expect(old == untouched)
        old.partnerProvinces = ["320000", "330000"]
        #expect(old.partnerProvinceCode == nil && old.partnerProvinceCodes == ["320000", "330000"])
        let reread = try JSONDecoder().decode(Inspection.self, from: JSONEncoder().encode(old))
        #expect(reread.partnerProvinces == ["320000", "330000"])
        old.partnerProvinces = []
        #expect(old.partnerProvinceCodes == nil && old.partnerProvinces.isEmpty)
    }

    /// A site in each of two other provinces: the joint inspection must name both, or the team must hold their inspectors.
    @Test func eachPartnerProvinceCountsForTheTeamCheck() throws {
        var data = F.compliant()
        try data.sites.insert(
            Site(id: "SZ", enterpriseId: "C", address: "杭州某路3号", provinceCode: "330000", drugSubstance: false, drugProduct: true))
        var i = try #require(data.inspections[id: "I26"])
        i.siteIds = ["SH", "SC", "SZ"]
        i.team = ["K1"]
        i.joint = true
        i.partnerProvinces = ["320000"]
        data.inspections.upsert(i)
        let away = { F.findings(data).filter { $0.rule == Rule.inspectionTeam.id && $0.message.en.contains("a site in") } }
        #expect(away().map { $0.message.en.contains("Zhejiang") } == [true])
        i.partnerProvinces = ["320000", "330000"]
        data.inspections.upsert(i)
        #expect(away().isEmpty)
    }

    @Test func pinyinKeysReadChineseNames() {
        let key = PinyinKey("苏禾康")
        #expect(key.initials == "shk" && key.full == "suhekang")
        #expect(PinyinKey("江苏省").matches("jss") && PinyinKey("江苏省").matches("jiangsu") && !PinyinKey("江苏省").matches("zj"))
        #expect(PinyinKey("Test CMO").initials == "tc")
    }
}
