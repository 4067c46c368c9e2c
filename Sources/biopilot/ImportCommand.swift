import ArgumentParser
import DashboardRuntime
import Exchange
import Foundation
import PilotCore
import PilotStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a sheet into the store.", subcommands: [Samplings.self, Products.self])

    struct Products: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "products",
            abstract: "Import a province's product sheet (CSV: UTF-8 with or without BOM, or GB18030/GBK; Chinese or English headers).",
            discussion:
                "Enterprises are matched by credit code or exact name and sites by exact address, and created when new. Every row is checked first; with any bad row nothing is written."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
        var file: String

        @Flag(name: .long, help: "Check the file and report, without writing.")
        var dryRun = false

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                let report = try common.importing {
                    try ProductImporter.run(file: file, store: store, user: common.user, dryRun: dryRun, provinces: reference.provinces)
                }
                emit(report.summary[common.language] + "\n")
            }
        }
    }

    struct Samplings: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "samplings",
            abstract: "Import a lab's sampling results (CSV: UTF-8 with or without BOM, or GB18030/GBK; Chinese or English headers).",
            discussion: "Every row is checked first; with any bad row nothing is written and each problem is printed with its line number.")

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
        var file: String

        @Flag(name: .long, help: "Check the file and report, without writing.")
        var dryRun = false

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                let report = try common.importing { try SamplingImporter.run(file: file, store: store, user: common.user, dryRun: dryRun) }
                emit(report.summary[common.language] + "\n")
            }
        }
    }
}
