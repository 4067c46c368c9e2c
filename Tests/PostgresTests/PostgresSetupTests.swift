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
