import PilotCore
import PilotStore
import PostgresSupport
import Testing

@testable import PilotPostgres

extension PostgresTests {
    /// Migration 8 evaluates the role's side of the policies once per statement; what each role sees must not move:
    /// the national role every line and record the owner does, a province exactly its products' (with the shared
    /// setting, and the partner's site and company it reads), including a deleted record's lines.
    @Test func theNationalRoleSeesEverythingAndAProvinceExactlyItsOwn() throws {
        let shanghai = PostgresSample.shanghai
        let jiangsu = PostgresSample.jiangsu
        let database = try PostgresTestDatabase("visibility", provinces: [shanghai, jiangsu])
        let owner = try database.journal()
        try owner.append(user: "admin", PostgresSample.creating(PostgresSample.records + [PostgresSample.setting("a", "1")]))
        let cluster = database.cluster
        let jiangsuMember = try database.journal(as: try cluster.loginRole("js", granted: [PostgresSchema.provinceRole(jiangsu)]))
        let shanghaiMember = try database.journal(as: try cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(shanghai)]))
        let national = try database.journal(as: try cluster.loginRole("nmpa", granted: [PostgresSchema.nationalRole]))
        let gone = PostgresSample.inspection("I09", product: "P03", site: "S02")
        try jiangsuMember.append(user: "江苏", Edit(changes: [.create(gone)]))
        try jiangsuMember.append(user: "江苏", Edit(changes: [.delete(gone)]))
        try jiangsuMember.append(user: "江苏", Edit(changes: [.create(PostgresSample.inspection("I01", product: "P02", site: "S02"))]))

        let head = try owner.head().revision
        #expect(try national.visibleLines() == head)
        #expect(try national.entries(after: 0).map(\.revision) == Array(1...head))
        #expect(try national.records() == owner.records())

        #expect(try shanghaiMember.entries(after: 0).compactMap(\.id) == ["E01", "E02", "S01", "S02", "P01", "P02", "a", "I01"])
        #expect(
            try jiangsuMember.entries(after: 0).compactMap(\.id) == ["E01", "E02", "S01", "S02", "P02", "P03", "a", "I09", "I09", "I01"])
        let shanghaiSees = try shanghaiMember.records()
        #expect(shanghaiSees.products.map(\.id) == ["P01", "P02"])
        #expect(shanghaiSees.sites.map(\.id) == ["S01", "S02"])
        #expect(shanghaiSees.enterprises.map(\.id) == ["E01", "E02"])
        #expect(shanghaiSees.settings.map(\.id) == ["a"])
        #expect(shanghaiSees.inspections.map(\.id) == ["I01"])
        let jiangsuSees = try jiangsuMember.records()
        #expect(jiangsuSees.products.map(\.id) == ["P02", "P03"])
        #expect(jiangsuSees.sites.map(\.id) == ["S01", "S02"])
        #expect(jiangsuSees.enterprises.map(\.id) == ["E01", "E02"])
        #expect(jiangsuSees.inspections.map(\.id) == ["I01"])
    }
}

extension PostgresTests {
    /// A setting applies to every province of the store (migration 9): a province may not change it; the owner may.
    @Test func aProvinceMayNotWriteASettingAndTheOwnerMay() throws {
        let database = try PostgresTestDatabase("settings", provinces: [PostgresSample.shanghai])
        let owner = try database.journal()
        try owner.append(user: "admin", PostgresSample.creating([PostgresSample.setting("deadline.lab-report", "30")]))
        let member = try database.journal(
            as: try database.cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(PostgresSample.shanghai)]))
        let refused = #expect(throws: PostgresError.self) {
            try member.append(user: "上海", PostgresSample.creating([PostgresSample.setting("deadline.retest", "9")]))
        }
        #expect(refused?.isPermissionDenied == true)
        let shown = refused.map { PermissionRefusal.storeError($0, at: "here") }
        #expect(shown?.message(.en).contains("province 310000 may not write setting deadline.retest") == true)
        #expect(shown?.message(.zh).contains("省份 310000 无权写入设置 deadline.retest") == true)
        #expect(try member.records().settings.map(\.value) == ["30"])
        let before = PostgresSample.setting("deadline.lab-report", "30")
        try owner.append(user: "admin", Edit(changes: [.update(from: before, to: PostgresSample.setting("deadline.lab-report", "25"))]))
        #expect(try member.records().settings.map(\.value) == ["25"])
    }
}
