import ArgumentParser
import Foundation
import PilotCore
import PilotStore

struct DemoCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write a demo store (fictional products, dated relative to --today) into DIR.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Directory for the demo store.", valueName: "DIR"))
    var directory: String

    @Flag(name: .long, help: "Write into a non-empty DIR (never one that holds a store or a journal).")
    var force = false

    @Option(name: .long, help: "Copy the demo until the store has this many products (for trying biopilot at scale).")
    var products: Int?

    func run(reference: ReferenceData) throws {
        try reporting {
            try refusePostgresTarget(directory, command: "demo", language: common.language)
            let fm = FileManager.default
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            if !entries.isEmpty {
                if entries.contains(StoreFiles.snapshotName) && !entries.contains(StoreFiles.journalName) {
                    throw CLIFailure.message(
                        Bilingual(
                            zh: "\(directory)/\(StoreFiles.snapshotName) 已存在：该目录中已有数据库；请把演示数据库写到新目录",
                            en:
                                "\(directory)/\(StoreFiles.snapshotName) exists: this directory holds a store; write the demo into a new directory"
                        )[
                            common.language], code: 1)
                }
                if entries.contains(StoreFiles.journalName) {
                    // A journal is an audit trail: biopilot never deletes one, with or without --force.
                    throw CLIFailure.message(
                        Bilingual(
                            zh: "\(directory)/\(StoreFiles.journalName) 已存在：该目录中有数据库的审计日志，biopilot 从不删除它；请把演示数据库写到新目录",
                            en: "\(directory)/\(StoreFiles.journalName) exists: this directory holds a store's audit trail, "
                                + "which biopilot never deletes; write the demo into a new directory")[common.language], code: 1)
                }
                guard force else {
                    throw CLIFailure.message(
                        Bilingual(
                            zh: "\(directory) 不是空目录；确需与已有文件并存请加 --force",
                            en: "\(directory) is not empty; use --force to write the demo store beside what is in it")[common.language],
                        code: 1)
                }
            }
            let data =
                products.map { DemoData.make(today: common.day, products: max(1, $0), reference: reference) }
                ?? DemoData.make(today: common.day, reference: reference)
            let store = try DirectoryStore.create(
                directory, data: data, user: common.user,
                reason: "biopilot demo store as of \(common.day)")
            emit(
                common.language == .zh
                    ? "已在 \(directory) 写入演示数据（截至 \(common.day)）：\(data.products.count) 个品种，\(data.inspections.count) 次检查，\(data.samplings.count) 次抽检，修订号 \(store.revision)\n"
                    : "Demo store written to \(directory) as of \(common.day): \(data.products.count) products, \(data.inspections.count) inspections, \(data.samplings.count) samplings, revision \(store.revision)\n"
            )
        }
    }
}
