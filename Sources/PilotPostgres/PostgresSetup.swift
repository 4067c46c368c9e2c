/// `biopilot pg init`: brings a database to the latest schema and creates the roles of the provinces named. Safe to
/// run again: applied migrations are skipped and existing roles kept.
public enum PostgresSetup {
    /// What `initialise` did, for the command's report.
    public struct Outcome: Sendable, Equatable {
        /// The migrations applied by this run (empty when the schema was already current).
        public let applied: [Int]
        public let schemaVersion: Int
        public let provinceRoles: [String]
    }

    /// `through`: the last migration to apply (all by default; a test stops earlier to check an upgrade).
    public static func initialise(_ connection: PostgresConnection, provinces: [String], through last: Int = .max)
        throws(PostgresError) -> Outcome
    {
        // Rerunning is normal: no NOTICE for each schema, table and grant that already exists.
        try connection.execute("SET client_min_messages TO warning")
        try connection.execute(PostgresSchema.bootstrap)
        var applied: [Int] = []
        for migration in PostgresSchema.migrations where migration.version <= last {
            let ran = try connection.transaction { () throws(PostgresError) -> Bool in
                try connection.execute(PostgresSchema.migrationLock)
                let done = try connection.execute(
                    "SELECT 1 FROM biopilot.schema_version WHERE version = $1", [String(migration.version)])
                guard done.rows.isEmpty else { return false }
                try connection.execute(migration.sql)
                try connection.execute("INSERT INTO biopilot.schema_version (version) VALUES ($1)", [String(migration.version)])
                return true
            }
            if ran { applied.append(migration.version) }
        }
        var roles: [String] = []
        for code in provinces {
            try connection.execute(PostgresSchema.ensureProvinceRole, [code])
            roles.append(PostgresSchema.provinceRole(code))
        }
        let version = try connection.execute("SELECT max(version) AS version FROM biopilot.schema_version").value(0, "version")
        return Outcome(applied: applied, schemaVersion: version.flatMap { Int($0) } ?? 0, provinceRoles: roles)
    }
}
