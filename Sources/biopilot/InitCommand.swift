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

    func run() throws {
        try reporting {
            let target = directory ?? common.storeDirectory
            if FileManager.default.fileExists(atPath: target + "/" + StoreFiles.snapshotName) {
                throw CLIFailure.message("\(target) already holds a store", code: 1)
            }
            _ = try Store.create(target, data: PilotData(), user: common.user, reason: "biopilot init")
            emit((common.language == .zh ? "已创建空数据库：" : "Empty store created in ") + target + "\n")
        }
    }
}
