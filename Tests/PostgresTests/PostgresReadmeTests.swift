import Foundation
import Testing

@testable import PilotPostgres

extension PostgresTests {
    /// The README quotes every statement `pg init` runs; a migration added or changed without it fails here.
    @Test func theReadmeQuotesTheExactSQLOfPgInit() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for sql in [PostgresSchema.bootstrap, PostgresSchema.migrationLock, PostgresSchema.ensureProvinceRole]
            + PostgresSchema.migrations.map(\.sql)
        {
            #expect(text.contains("\n" + sql + "\n") || text.contains("`" + sql + "`"), "README.md lacks: \(sql.prefix(80))…")
        }
    }
}
