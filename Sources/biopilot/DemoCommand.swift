import ArgumentParser
import Foundation
import PilotCore
import PilotStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write a demo store (fictional products, dated relative to --today) into DIR.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Directory for the demo store.", valueName: "DIR"))
    var directory: String

    @Flag(name: .long, help: "Replace the store files in a non-empty DIR.")
    var force = false

    @Option(name: .long, help: "Copy the demo until the store has this many products (for trying biopilot at scale).")
    var products: Int?

    func run() throws {
        try reporting {
            let fm = FileManager.default
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            if !entries.isEmpty {
                guard force else {
                    throw CLIFailure.message("\(directory) is not empty; use --force to replace the store in it", code: 1)
                }
                for name in entries where name == StoreFiles.snapshotName || name == StoreFiles.journalName
                    || name.hasPrefix(StoreFiles.journalName + ".torn-") || name.hasPrefix(StoreFiles.snapshotName + ".") {
                    try fm.removeItem(atPath: directory + "/" + name)
                }
            }
            let data = products.map { DemoData.make(today: common.day, products: max(1, $0)) } ?? DemoData.make(today: common.day)
            let store = try Store.create(directory, data: data, user: common.user,
                                         reason: "biopilot demo store as of \(common.day)")
            emit(common.language == .zh
                 ? "已在 \(directory) 写入演示数据（截至 \(common.day)）：\(data.products.count) 个品种，\(data.inspections.count) 次检查，\(data.samplings.count) 次抽检，修订号 \(store.revision)\n"
                 : "Demo store written to \(directory) as of \(common.day): \(data.products.count) products, \(data.inspections.count) inspections, \(data.samplings.count) samplings, revision \(store.revision)\n")
        }
    }
}
