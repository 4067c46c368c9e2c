import PilotCore
import PilotPostgres
import PilotStore

/// Two provinces' records: Shanghai's product P01, Jiangsu's P03, and P02, held in Shanghai with its drug product
/// made in Jiangsu (a cross-province product both provinces supervise).
enum PostgresSample {
    static let shanghai = "310000"
    static let jiangsu = "320000"

    static let records: [AnyRecord] = [
        .enterprise(Enterprise(id: "E01", name: "上海生物", creditCode: "91310000MA1FL0000X", provinceCode: shanghai)),
        .enterprise(Enterprise(id: "E02", name: "江苏生物", creditCode: "91320000MA1FL0000X", provinceCode: jiangsu)),
        .site(
            Site(id: "S01", enterpriseId: "E01", address: "上海市浦东新区张江路1号", provinceCode: shanghai, drugSubstance: true, drugProduct: true)),
        .site(Site(id: "S02", enterpriseId: "E02", address: "江苏省苏州市工业园区1号", provinceCode: jiangsu, drugSubstance: true, drugProduct: true)),
        .product(product("P01", holder: "E01", sites: ["S01"])),
        .product(product("P02", holder: "E01", sites: ["S01", "S02"])),
        .product(product("P03", holder: "E02", sites: ["S02"])),
    ]

    static func product(_ id: String, holder: String, sites: [String]) -> PilotProduct {
        let segments = zip([Segment.drugSubstance, .drugProduct], sites.count == 1 ? [sites[0], sites[0]] : sites).map {
            SegmentSite($0, siteId: $1)
        }
        return PilotProduct(id: id, name: "单抗\(id)", type: .antibody, holderId: holder, segments: segments)
    }

    static func inspection(_ id: String, product: String, site: String) -> AnyRecord {
        let day = CivilDate("2026-03-02")!
        return .inspection(
            Inspection(id: id, productId: product, siteIds: [site], type: .routine, start: day, end: day, team: [], status: .planned))
    }

    static func setting(_ id: String, _ value: String) -> AnyRecord { .setting(Setting(id: id, value: value, reason: nil)) }

    static func creating(_ records: [AnyRecord]) -> Edit { Edit(changes: records.map { .create($0) }, reason: "测试") }
}
