import ArgumentParser
import PilotPostgres

/// `biopilot pg …`: preparing a PostgreSQL database for a store (issue 16); `store copy` fills it.
struct PgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pg", abstract: "Prepare a PostgreSQL database to hold a store.", subcommands: [PgInitCommand.self])
}

/// `biopilot pg init --url URL [--province CODE]…`: the schema's migrations, then one role per province named.
struct PgInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or update the schema, roles and row-level-security policies in a PostgreSQL database (safe to rerun).",
        discussion: """
            The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the URL. The SQL it runs is in
            Sources/PilotPostgres/PostgresSchema.swift. Grant a province's role (biopilot_province_CODE) or \
            biopilot_national to each member's own login role.
            """)

    @Option(help: "The database: a postgresql:// URL or a libpq conninfo string, without a password.")
    var url: String

    @Option(name: .customLong("province"), help: "A GB/T 2260 province code whose task force gets a role (repeatable).")
    var provinces: [String] = []

    func run() throws {
        try reporting {
            do throws(PostgresError) {
                let connection = try PostgresConnection(url)
                let outcome = try PostgresSetup.initialise(connection, provinces: provinces)
                let applied =
                    outcome.applied.isEmpty
                    ? "already current" : "applied migration \(outcome.applied.map(String.init).joined(separator: ", "))"
                emit("schema version \(outcome.schemaVersion) (\(applied)) at \(connection.host):\(connection.port)\n")
                for role in outcome.provinceRoles { emit("role \(role)\n") }
            } catch {
                throw CLIFailure.message(error.message, code: error.kind == .server ? 1 : 2)
            }
        }
    }
}
