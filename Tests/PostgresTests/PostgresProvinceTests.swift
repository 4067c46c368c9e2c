import Glibc
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
        // Shanghai also reads Jiangsu's company and site that make P02, and their history.
        #expect(try shanghaiMember.entries(after: 0).compactMap(\.id) == ["E01", "E02", "S01", "S02", "P01", "P02", "I01"])
        #expect(try shanghaiMember.records().sites.map(\.id) == ["S01", "S02"])

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

    @Test func aProductThatGainsAPartnerProvinceIsReadThereWithItsHistoryButItsSitesStayTheirOwnersToWrite() throws {
        let shanghai = PostgresSample.shanghai
        let jiangsu = PostgresSample.jiangsu
        let database = try PostgresTestDatabase("partner", provinces: [shanghai, jiangsu])
        try database.journal().append(user: "admin", PostgresSample.creating(PostgresSample.records))
        let cluster = database.cluster
        let shanghaiMember = try database.journal(as: try cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)]))
        let jiangsuMember = try database.journal(as: try cluster.loginRole("js", granted: [PostgresSchema.provinceRole(jiangsu)]))
        try jiangsuMember.append(user: "江苏", Edit(changes: [.create(PostgresSample.inspection("I03", product: "P03", site: "S02"))]))
        #expect(try shanghaiMember.records().inspections.isEmpty)

        // P03's drug product moves to Shanghai's site S01: Shanghai becomes a partner.
        let before = PostgresSample.product("P03", holder: "E02", sites: ["S02"])
        let after = PostgresSample.product("P03", holder: "E02", sites: ["S02", "S01"])
        try jiangsuMember.append(user: "江苏", Edit(changes: [.update(from: .product(before), to: .product(after))], reason: "增加受托生产地址"))
        #expect(try shanghaiMember.records().products.map(\.id) == ["P01", "P02", "P03"])
        #expect(try shanghaiMember.records().inspections.map(\.id) == ["I03"])
        #expect(try shanghaiMember.entries(after: 0).filter { $0.id == "P03" || $0.id == "I03" }.map(\.revision) == [7, 8, 9])

        // Reading S02 does not make it Shanghai's to write.
        let site = try #require(try jiangsuMember.records().sites[id: "S02"])
        var moved = site
        moved.address = "江苏省苏州市工业园区2号"
        let refused = #expect(throws: PostgresError.self) {
            try shanghaiMember.append(user: "上海", Edit(changes: [.update(from: .site(site), to: .site(moved))]))
        }
        #expect(refused?.isPermissionDenied == true)
        #expect(refused?.message.contains("province 310000 may not write site S02, which belongs to province 320000") == true)

        // And back: once P03 no longer uses S01, Shanghai no longer reads it or its inspection.
        try jiangsuMember.append(user: "江苏", Edit(changes: [.update(from: .product(after), to: .product(before))]))
        #expect(try shanghaiMember.records().products.map(\.id) == ["P01", "P02"])
        #expect(try shanghaiMember.records().inspections.isEmpty)
    }

    @Test func aProvinceDashboardFollowsAProductIntoAndOutOfItsView() throws {
        let shanghai = PostgresSample.shanghai
        let jiangsu = PostgresSample.jiangsu
        let database = try PostgresTestDatabase("view", provinces: [shanghai, jiangsu])
        try database.journal().append(user: "admin", PostgresSample.creating(PostgresSample.records))
        let cluster = database.cluster
        let jiangsuMember = try database.journal(as: try cluster.loginRole("js", granted: [PostgresSchema.provinceRole(jiangsu)]))
        try jiangsuMember.append(user: "江苏", Edit(changes: [.create(PostgresSample.inspection("I03", product: "P03", site: "S02"))]))
        let shanghaiRole = try cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)])
        let store = try PostgresStore.open(cluster.url(user: shanghaiRole, database: database.name))
        #expect(store.data.products.map(\.id) == ["P01", "P02"])

        func settle() throws {
            for _ in 0..<100 {
                try store.refresh(wait: false)
                if store.viewChanged { return }
                usleep(10_000)
            }
        }
        let before = PostgresSample.product("P03", holder: "E02", sites: ["S02"])
        let after = PostgresSample.product("P03", holder: "E02", sites: ["S02", "S01"])
        try jiangsuMember.append(user: "江苏", Edit(changes: [.update(from: .product(before), to: .product(after))]))
        try settle()
        #expect(store.viewChanged)
        #expect(Set(store.data.products.map(\.id)) == ["P01", "P02", "P03"])
        #expect(store.data.inspections.map(\.id) == ["I03"])

        // The line that takes P03 away is not Shanghai's to read; the view is compared all the same.
        try jiangsuMember.append(user: "江苏", Edit(changes: [.update(from: .product(after), to: .product(before))]))
        try settle()
        #expect(store.viewChanged)
        #expect(store.data.products.map(\.id) == ["P01", "P02"])
        #expect(store.data.inspections.isEmpty)
        #expect(store.data == (try PostgresStore.open(cluster.url(user: shanghaiRole, database: database.name)).data))
    }

    /// A superuser is, to PostgreSQL, a member of every role, province roles included; it acts for no province (it
    /// passes every policy), so its writes must not be held to the provinces that happen to have roles.
    @Test func aSuperuserWritesEveryProvincesRecordsAsTheOwnerDoes() throws {
        let database = try PostgresTestDatabase("superuser", provinces: [PostgresSample.shanghai])
        let superuser = try database.connect()
        #expect(try superuser.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").rows.first?[0] == "t")
        // Jiangsu has no role in this database; its company, site and product are written all the same.
        try PostgresJournal(superuser).append(user: "admin", PostgresSample.creating(PostgresSample.records))
        #expect(try PostgresJournal(superuser).records().products.map(\.id) == ["P01", "P02", "P03"])
        #expect(try superuser.execute("SELECT biopilot.provinces_of(current_user)").rows.first?[0] == "{}")
    }
}
