import ArgumentParser
import Exchange
import PilotCore

extension SamplingReport.Format: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for the regulator.", subcommands: [Sampling.self])

    struct Sampling: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sampling", abstract: "The year's sampling results per product and per lab: pass, fail, pending, overdue.")

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "The year (default: the year of --today).")
        var year: Int?

        @Option(name: .long, help: "text, csv, json or md.")
        var format: SamplingReport.Format = .text

        func run() throws {
            try reporting {
                let store = try common.openStore()
                emit(SamplingReport.render(store.data, year: year ?? common.day.year, today: common.day, format: format, language: common.language))
            }
        }
    }
}
