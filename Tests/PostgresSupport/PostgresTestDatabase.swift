import PilotPostgres

/// A test's own database with the schema applied, and connections to it.
public struct PostgresTestDatabase {
    public let cluster: PostgresCluster
    public let name: String

    /// On the shared cluster, or on `cluster` (one a test started for itself).
    public init(_ test: String, provinces: [String] = [], on cluster: PostgresCluster? = nil) throws {
        self.cluster = try cluster ?? PostgresCluster.get()
        name = try self.cluster.database(test)
        _ = try PostgresSetup.initialise(try connect(), provinces: provinces)
    }

    public func connect(as user: String? = nil) throws -> PostgresConnection {
        try PostgresConnection(cluster.url(user: user, database: name))
    }

    public func journal(as user: String? = nil) throws -> PostgresJournal { PostgresJournal(try connect(as: user)) }
}
