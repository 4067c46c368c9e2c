import ArgumentParser
import PilotCore
import PilotPostgres
import PilotStore

/// `biopilot doctor [--repair]`: what is wrong with a store directory, and putting it right without losing anything.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract:
            "Check the store: hash chain, torn tail, store.json against the journal, leftover files, permissions, the lock. Exit 0 when all is well, 1 with a list.",
        discussion: """
            --repair sets a damaged or torn end of the journal aside (journal.jsonl.damaged-…), rebuilds store.json from \
            the journal after a byte-exact backup (store.json.bak-…), removes leftover temp files, and makes a shared \
            store's files group-writable. Nothing is deleted, and the repair is recorded as a journal line.
            """)

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Put right what can be put right (see above).")
    var repair = false

    func run() throws {
        let directory = common.storeDirectory
        var failed = false
        try reporting {
            if PostgresStore.names(directory) {
                failed = try examinePostgres(directory)
                return
            }
            if repair {
                let done = try StoreDoctor.repair(directory, user: common.user, lockPolicy: common.lockPolicy)
                if done.isEmpty { emit("nothing to repair in \(directory)\n") }
                for line in done { emit("repaired: \(TerminalText.visible(line))\n") }
            }
            for finding in StoreDoctor.examine(directory) {
                if finding.severity == .problem { failed = true }
                emit(
                    "\(finding.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(TerminalText.visible(finding.text))\n")
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// On PostgreSQL there are no files to examine or set aside: the database refuses a line that breaks the chain
    /// and keeps the records in its transactions. What remains to check is `log --verify`'s, so that is what runs.
    private func examinePostgres(_ url: String) throws -> Bool {
        if repair {
            throw CLIFailure.message(
                Bilingual(
                    zh: "doctor --repair 修复的是数据库目录的文件；PostgreSQL 数据库由数据库本身保证日志链与记录的一致，无需修复。用 `biopilot log --verify --store \(url)` 校验",
                    en:
                        "doctor --repair mends a store directory's files; on PostgreSQL the database itself keeps the chain and the records consistent, so there is nothing to repair. Check it with `biopilot log --verify --store \(url)`"
                )[common.language], code: 2)
        }
        switch try PostgresVerifier.verify(url, anchors: []) {
        case .intact(let entries, let head):
            emit("ok      journal: \(entries) lines, hash chain intact, biopilot.records matches the replay (head \(head))\n")
            return false
        case .broken(let error):
            emit("problem \(TerminalText.visible(error.message(common.language)))\n")
            return true
        }
    }
}
