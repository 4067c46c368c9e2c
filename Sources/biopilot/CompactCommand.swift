import ArgumentParser
import PilotCore
import PilotStore

struct CompactCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Rewrite store.json at the latest revision so opening replays nothing; the journal stays whole.")

    @OptionGroup var common: CommonOptions

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            guard store is DirectoryStore else {
                // PostgreSQL's records table is the current state, written with every edit: there is no snapshot.
                emit(
                    Bilingual(
                        zh: "无需压缩：PostgreSQL 数据库的 biopilot.records 表随每次修改更新（修订号 \(store.revision)）\n",
                        en:
                            "nothing to compact: a PostgreSQL store's biopilot.records is brought up to date by every edit (revision \(store.revision))\n"
                    )[common.language])
                return
            }
            try store.compact()
            emit("store.json written at revision \(store.revision)\n")
        }
    }
}
