import PilotCore
import PilotPostgres

/// `generate` and `demo` write a new store directory; given a PostgreSQL URL they say how to get there instead.
func refusePostgresTarget(_ target: String, command: String, language: Language) throws {
    guard PostgresStore.names(target) else { return }
    throw CLIFailure.message(
        Bilingual(
            zh: "`biopilot \(command)` 写入数据库目录，不写入 PostgreSQL：先写到一个目录，再用 `biopilot store copy DIR \(target)` 复制过去",
            en:
                "`biopilot \(command)` writes a store directory, not PostgreSQL: write it into a directory, then `biopilot store copy DIR \(target)`"
        )[language], code: 2)
}
