import ArgumentParser
import Foundation
import PilotCore
import PilotStore

/// `biopilot init [DIR]`: an empty store to enter a province's own cases into.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty store (in DIR, else --store / BIOPILOT_STORE / the XDG default).")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Directory for the new store.", valueName: "DIR"))
    var directory: String?

    @Flag(
        name: .long,
        help: "Share the store with the directory's group: setgid directory, group-writable files (for a task force on one server).")
    var shared = false

    func run() throws {
        try reporting {
            let target = directory ?? common.storeDirectory
            if FileManager.default.fileExists(atPath: target + "/" + StoreFiles.snapshotName) {
                throw CLIFailure.message("\(target) already holds a store", code: 1)
            }
            let store = try Store.create(target, data: PilotData(), user: common.user, reason: "biopilot init", shared: shared)
            emit((common.language == .zh ? "已创建空数据库：" : "Empty store created in ") + target + "\n")
            if shared {
                emit(
                    common.language == .zh
                        ? "组共享：新文件属于目录的组并可由组成员写入。请用 `chgrp GROUP \(target)` 设定专班的组。\n"
                        : "Shared with the directory's group: new files take its group and are group-writable. Set the task force's group with `chgrp -R GROUP \(target)`.\n"
                )
                for notice in store.notices { printError("biopilot: warning: \(notice)") }
            }
        }
    }
}
