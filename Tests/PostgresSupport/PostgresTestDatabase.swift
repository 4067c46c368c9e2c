import PilotPostgres

/// A test's own database with the schema applied, and connections to it.
public struct PostgresTestDatabase {
    public let cluster: PostgresCluster
    public let name: String

    public init(_ test: String, provinces: [String] = []) throws {
        cluster = try PostgresCluster.get()
        name = try cluster.database(test)
        _ = try PostgresSetup.initialise(try connect(), provinces: provinces)
    }

    public func connect(as user: String? = nil) throws -> PostgresConnection {
        try PostgresConnection(cluster.url(user: user, database: name))
    }

    public func journal(as user: String? = nil) throws -> PostgresJournal { PostgresJournal(try connect(as: user)) }
}
