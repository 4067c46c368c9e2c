import ArgumentParser
import Exchange
import PilotCore

extension SamplingReport.Format: ExpressibleByArgument {}
extension AnnualReport.Format: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for the regulator.", subcommands: [Annual.self, Summary.self, Sampling.self])

    struct Annual: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "annual",
            abstract: "The year for the provincial regulator's annual report: coverage, inspections, defects, samplings, open items.")

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "The year (default: the year of --today).")
        var year: Int?

        @Option(name: .long, help: "md, csv or json.")
        var format: AnnualReport.Format = .md

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                emit(
                    AnnualReport.renderAnnual(
                        PilotIndex(store.data), year: year ?? common.day.year, today: common.day, format: format,
                        language: common.language, reference: reference, head: store.head.description))
                if format == .csv { noteCSVHead(store) }
            }
        }
    }

    struct Summary: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract:
                "The data appendix of the pilot summary (试点总结): every product's path, inspections, samplings, risks, cross-province cooperation."
        )

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "md (the only format).")
        var format: String = "md"

        func run(reference: ReferenceData) throws {
            try reporting {
                guard format == "md" else {
                    throw CLIFailure.message(
                        Bilingual(zh: "试点总结只输出 Markdown（--format md）", en: "report summary is written as Markdown (--format md)")[
                            common.language], code: 1)
                }
                let store = try common.openStore(reference)
                emit(
                    AnnualReport.summary(
                        PilotIndex(store.data), today: common.day, language: common.language, reference: reference,
                        head: store.head.description))
            }
        }
    }

    struct Sampling: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "sampling", abstract: "The year's sampling results per product and per lab: pass, fail, pending, overdue.")

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "The year (default: the year of --today).")
        var year: Int?

        @Option(name: .long, help: "text, csv, json or md.")
        var format: SamplingReport.Format = .text

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                emit(
                    SamplingReport.render(
                        store.data, year: year ?? common.day.year, today: common.day, format: format,
                        language: common.language, calendar: reference.calendar, head: store.head.description))
                if format == .csv { noteCSVHead(store) }
            }
        }
    }
}
