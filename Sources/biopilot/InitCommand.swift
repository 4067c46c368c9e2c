import ArgumentParser
import Foundation
import PilotCore
import PilotPostgres
import PilotStore

/// `biopilot init [DIR]`: an empty store to enter a province's own cases into.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty store (in DIR, else --store / BIOPILOT_STORE / the XDG default).")

    // Only the options that mean something to a store not yet made: no --today, --demo or --lock-timeout.
    @Option(name: .long, help: ArgumentHelp("Store directory (when DIR is not given).", valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: "Language of the output: zh or en (default: the config file's language, else LC_ALL / LANG).")
    var lang: Language?

    @Argument(help: ArgumentHelp("Directory for the new store.", valueName: "DIR"))
    var directory: String?

    @Flag(
        name: .long,
        help: "Share the store with the directory's group: setgid directory, group-writable files (for a task force on one server).")
    var shared = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = lang ?? UserPreferences.file.language ?? Language.fromEnvironment(environment)
        try reporting {
            let target = directory ?? StoreLocation.resolve(flag: store, env: environment)
            if PostgresStore.names(target) {
                throw CLIFailure.message(
                    Bilingual(
                        zh: "\(target) 是 PostgreSQL 数据库：用 `biopilot pg init --url \(target)` 创建其模式和角色",
                        en: "\(target) is a PostgreSQL database: create its schema and roles with `biopilot pg init --url \(target)`")[
                            language],
                    code: 2)
            }
            if FileManager.default.fileExists(atPath: target + "/" + StoreFiles.snapshotName) {
                throw CLIFailure.message(Bilingual(zh: "\(target) 已有数据库", en: "\(target) already holds a store")[language], code: 1)
            }
            let created = try DirectoryStore.create(
                target, data: PilotData(), user: CommonOptions.user(environment), reason: "biopilot init", shared: shared)
            emit(Bilingual(zh: "已创建空数据库：", en: "Empty store created in ")[language] + target + "\n")
            if shared {
                emit(
                    Bilingual(
                        zh: "组共享：新文件属于目录的组并可由组成员写入。请用 `chgrp GROUP \(target)` 设定专班的组。\n",
                        en:
                            "Shared with the directory's group: new files take its group and are group-writable. Set the task force's group with `chgrp -R GROUP \(target)`.\n"
                    )[language]
                )
                for notice in created.notices { printError("biopilot: warning: \(notice)") }
            }
        }
    }
}
