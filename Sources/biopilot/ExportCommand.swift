import ArgumentParser
import Exchange
import Foundation
import PilotCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export to stdout: CSV for Excel/WPS, or JSON for scripts.",
        subcommands: [CSVExport.self, JSONExport.self, ICSExport.self])

    struct ICSExport: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics", abstract: "Inspections as an iCalendar file (RFC 5545) for Outlook, Thunderbird or a phone.")

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "Only inspections overlapping this year.")
        var year: Int?

        @Option(name: .long, help: "Only inspections this inspector is on.")
        var inspector: String?

        @Flag(name: .customLong("include-unannounced"), help: "Include planned unannounced inspections (飞行检查), left out by default.")
        var includeUnannounced = false

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                let index = PilotIndex(store.data)
                if let inspector, index.data.inspectors[id: inspector] == nil {
                    throw CLIFailure.message(
                        Bilingual(zh: "没有检查员 \(TerminalText.visible(inspector))", en: "no inspector \(TerminalText.visible(inspector))")[
                            common.language], code: 1)
                }
                emit(
                    ICalendar.document(
                        ICSExport.select(index, year: year, inspector: inspector), index: index,
                        language: common.language, provinces: reference.provinces, stamp: Date(), head: store.head.description,
                        includeUnannounced: includeUnannounced))
            }
        }

        static func select(_ index: PilotIndex, year: Int?, inspector: String?) -> [Inspection] {
            index.data.inspections.records
                .filter { i in year.map { i.start.year <= $0 && $0 <= i.end.year } ?? true }
                .filter { i in inspector.map { i.team.contains($0) } ?? true }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        }
    }

    struct CSVExport: ReferenceCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "products, inspections, samplings or risk-control measures as CSV (RFC 4180, CRLF, UTF-8 with BOM).")

        @OptionGroup var common: CommonOptions

        @Argument(help: "products, inspections, samplings or measures.")
        var kind: TableExport.Kind

        @Option(name: .long, help: "Header row: keys (stable column keys), zh or en.")
        var header: TableExport.HeaderStyle = .keys

        @Option(
            name: .long,
            help:
                "Values of enumerations and yes/no: keys (drug-product, true) or words in the header's language (制剂, 是); default words with --header zh, else keys."
        )
        var values: TableExport.ValueStyle?

        @Flag(name: .customLong("no-bom"), help: "Leave out the UTF-8 byte-order mark.")
        var noBOM = false

        @Flag(
            name: .customLong("include-unannounced"),
            help: "inspections: include planned unannounced inspections (飞行检查), left out by default.")
        var includeUnannounced = false

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                emit(
                    TableExport.csv(
                        kind, data: store.data, header: header, values: values ?? (header == .zh ? .words : .keys),
                        bom: !noBOM, includeUnannounced: includeUnannounced, calendar: reference.calendar, today: common.day))
                noteCSVHead(store)
            }
        }
    }

    struct JSONExport: ReferenceCommand {
        static let configuration = CommandConfiguration(commandName: "json", abstract: "Every record as one JSON document.")

        @OptionGroup var common: CommonOptions

        struct Document: Encodable {
            let format = "biopilot-export"
            let revision: Int
            let asOf: String
            let data: PilotData

            enum CodingKeys: String, CodingKey { case format, revision, asOf }

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(format, forKey: .format)
                try c.encode(revision, forKey: .revision)
                try c.encode(asOf, forKey: .asOf)
                try data.encode(to: encoder)
            }
        }

        func run(reference: ReferenceData) throws {
            try reporting {
                let store = try common.openStore(reference)
                emit(
                    try JournalHeadNote.json(
                        Document(revision: store.revision, asOf: common.day.description, data: store.data),
                        head: store.head.description))
            }
        }
    }
}

extension TableExport.Kind: ExpressibleByArgument {}
extension TableExport.HeaderStyle: ExpressibleByArgument {}
extension TableExport.ValueStyle: ExpressibleByArgument {}
