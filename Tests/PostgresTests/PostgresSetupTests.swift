import Foundation
import PilotStore
import PostgresSupport
import Testing

@testable import PilotPostgres

/// Every PostgreSQL test, one at a time: they share one cluster and its cluster-wide roles.
@Suite(.serialized) struct PostgresTests {}

extension PostgresTests {
    @Test func initTwiceAppliesTheMigrationsOnceAndKeepsTheRoles() throws {
        let cluster = try PostgresCluster.get()
        let name = try cluster.database("init")
        let connection = try PostgresConnection(cluster.url(database: name))
        let first = try PostgresSetup.initialise(connection, provinces: ["310000"])
        #expect(first.applied == PostgresSchema.migrations.map(\.version))
        #expect(first.provinceRoles == ["biopilot_province_310000"])
        let second = try PostgresSetup.initialise(connection, provinces: ["310000", "320000"])
        #expect(second.applied == [])
        #expect(second.schemaVersion == PostgresSchema.migrations.last?.version)
        let provinces = try connection.execute("SELECT province FROM biopilot.province_roles ORDER BY province").rows.map { $0[0] }
        #expect(provinces == ["310000", "320000"])
        let head = try PostgresJournal(connection).head()
        #expect(head.revision == 0 && head.hash == String(repeating: "0", count: 64))
    }

    @Test func migration6KeepsEveryRecordAsTextWhichTheStoreReads() throws {
        let cluster = try PostgresCluster.get()
        let name = try cluster.database("recordtext")
        let owner = try PostgresConnection(cluster.url(database: name))
        _ = try PostgresSetup.initialise(owner, provinces: [], through: 5)
        // Records written before migration 6 (as a store of that schema holds them).
        let products = ["P01", "P02"].map { PostgresSample.product($0, holder: "E01", sites: ["S01"]) }
        for (k, product) in products.enumerated() {
            let json = String(decoding: try JSONEncoder().encode(product), as: UTF8.self)
            try owner.execute(
                "INSERT INTO biopilot.records (entity, id, data, created) VALUES ('product', $1, $2::jsonb, $3)",
                [product.id, json, String(k + 1)])
        }
        #expect(try PostgresSetup.initialise(owner, provinces: []).applied.contains(6))
        func outOfStep() throws -> String? {
            try owner.execute("SELECT count(*) FROM biopilot.records WHERE body IS DISTINCT FROM data::text").rows.first?[0]
        }
        #expect(try outOfStep() == "0")
        #expect(try owner.execute("SELECT count(*) FROM biopilot.records").rows.first?[0] == "2")

        // Written by biopilot, or by hand in SQL: the text follows the record.
        try PostgresJournal(owner).append(
            user: "admin", Edit(changes: [.create(PostgresSample.inspection("I01", product: "P02", site: "S01"))]))
        try owner.execute(
            #"UPDATE biopilot.records SET data = jsonb_set(data, '{name}', '"改名的单抗"') WHERE entity = 'product' AND id = 'P01'"#)
        #expect(try outOfStep() == "0")
        let store = try PostgresStore.open(cluster.url(database: name))
        #expect(store.data.products.map(\.name) == ["改名的单抗", "单抗P02"])
        #expect(store.data.inspections.map(\.id) == ["I01"])
    }

    @Test func aProvinceCodeThatIsNotOneIsRefused() throws {
        let database = try PostgresTestDatabase("badcode")
        #expect(throws: PostgresError.self) { try PostgresSetup.initialise(try database.connect(), provinces: ["x'; DROP"]) }
    }

    @Test func anUnreachableServerIsNamedByHostAndPort() throws {
        let port = try PostgresCluster.freePort()
        let error = #expect(throws: PostgresError.self) { try PostgresConnection("postgresql://nobody@127.0.0.1:\(port)/biopilot") }
        #expect(error?.kind == .unreachable)
        #expect(error?.message.contains("host 127.0.0.1, port \(port)") == true)
    }

    @Test func aPasswordInTheURLIsRefusedBeforeConnecting() throws {
        let error = #expect(throws: PostgresError.self) { try PostgresConnection("postgresql://alice:secret@127.0.0.1:1/biopilot") }
        #expect(error?.kind == .passwordInURL)
        #expect(error?.message.contains("PGPASSWORD") == true)
    }
}
