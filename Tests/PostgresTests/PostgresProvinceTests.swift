import PilotCore
import PilotStore
import PostgresSupport
import Testing

@testable import PilotPostgres

extension PostgresTests {
    @Test func eachProvinceSeesItsOwnAndItsCrossProvinceProductsAndWritesNothingElse() throws {
        let shanghai = PostgresSample.shanghai
        let jiangsu = PostgresSample.jiangsu
        let database = try PostgresTestDatabase("provinces", provinces: [shanghai, jiangsu])
        try database.journal().append(user: "admin", PostgresSample.creating(PostgresSample.records))
        let cluster = database.cluster
        let shanghaiMember = try database.journal(as: try cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)]))
        let jiangsuMember = try database.journal(as: try cluster.loginRole("js", granted: [PostgresSchema.provinceRole(jiangsu)]))
        let national = try database.journal(as: try cluster.loginRole("nmpa", granted: [PostgresSchema.nationalRole]))

        #expect(try shanghaiMember.records().products.map(\.id) == ["P01", "P02"])
        #expect(try jiangsuMember.records().products.map(\.id) == ["P02", "P03"])
        #expect(try national.records().products.map(\.id) == ["P01", "P02", "P03"])

        // Jiangsu records an inspection of the cross-province product at its own site: Shanghai sees it too.
        try jiangsuMember.append(user: "江苏检查员", Edit(changes: [.create(PostgresSample.inspection("I01", product: "P02", site: "S02"))]))
        #expect(try shanghaiMember.records().inspections.map(\.id) == ["I01"])
        #expect(try shanghaiMember.entries(after: 0).compactMap(\.id) == ["E01", "S01", "P01", "P02", "I01"])

        // Shanghai may not write Jiangsu's own product; the refusal names the provinces.
        let refused = #expect(throws: PostgresError.self) {
            try shanghaiMember.append(
                user: "上海检查员", Edit(changes: [.create(PostgresSample.inspection("I02", product: "P03", site: "S02"))]))
        }
        #expect(refused?.isPermissionDenied == true)
        #expect(refused?.message.contains("province 310000 may not write inspection I02, which belongs to province 320000") == true)
        #expect(try national.records().inspections.map(\.id) == ["I01"])

        // The national role reads everything and writes nothing.
        let nationalRefused = #expect(throws: PostgresError.self) {
            try national.append(user: "国家局", Edit(changes: [.create(PostgresSample.setting("a", "1"))]))
        }
        #expect(nationalRefused?.isPermissionDenied == true)
        #expect(try national.head().revision == 8)
        #expect(try jiangsuMember.entries(after: 0).last?.account == jiangsuMember.connection.currentRole())
    }
}
