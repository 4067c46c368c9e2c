import ArgumentParser
import Foundation
import PilotCore
import PilotPostgres
import PilotStore

/// `biopilot store …`: a store as a whole (issue 16: moving between backends).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Work on a store as a whole: copy it between a directory and PostgreSQL.",
        subcommands: [StoreCopyCommand.self])
}

/// `biopilot store copy SRC DST`: the store with its whole journal, byte for byte, into an empty store.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a store with its whole journal into an empty store (a directory or a postgresql:// URL, either way).",
        discussion: """
            The source must pass `biopilot log --verify`; a destination holding any journal line or store.json is \
            refused (exit 1). The journal's lines are copied byte for byte, so `log --verify` reports the same head \
            REV:HASH on both sides. Into PostgreSQL, connect as the owner of the biopilot schema (the role that ran \
            `biopilot pg init`): only it may add lines that name other accounts. Out of PostgreSQL, connect as a role \
            that reads every line (biopilot_national or the owner). Passwords come from PGPASSWORD or ~/.pgpass.
            """)

    @Argument(help: ArgumentHelp("The store to copy: a directory or a postgresql:// URL.", valueName: "SRC"))
    var source: String

    @Argument(help: ArgumentHelp("An empty store to copy into: a directory (created if missing) or a postgresql:// URL.", valueName: "DST"))
    var destination: String

    @Option(name: .long, help: "Language of the output: zh or en (default: the config file's language, else LC_ALL / LANG).")
    var lang: Language?

    func run() throws {
        let language = lang ?? UserPreferences.file.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        try reporting {
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = try StoreCopy.copy(from: source, to: destination, lockPolicy: LockPolicy())
            let elapsed = clock.now - start
            let seconds = String(format: "%.1f s", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            emit(
                Bilingual(
                    zh: "已复制 \(outcome.lines) 条日志（末条 \(outcome.head)），从 \(source) 到 \(destination)，用时 \(seconds)\n",
                    en: "copied \(outcome.lines) journal lines (head \(outcome.head)) from \(source) to \(destination) in \(seconds)\n")[
                        language])
        }
    }
}
