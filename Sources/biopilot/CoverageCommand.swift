import ArgumentParser
import Exchange
import PilotCore

struct CoverageCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Annual coverage: full-system GMP inspection, sampling and sites inspected for every in-scope product.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The year (default: the year of --today).")
    var year: Int?

    @Option(name: .long, help: "text, json, csv or md.")
    var format: CoverageFormat.Format = .text

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let report = Coverage.report(year: year ?? common.day.year, asOf: common.day, index: PilotIndex(store.data))
            emit(
                CoverageFormat.render(
                    report, format: format, language: common.language, provinces: reference.provinces, head: store.head.description))
            if format == .csv { noteCSVHead(store) }
        }
    }
}

extension CoverageFormat.Format: ExpressibleByArgument {}
