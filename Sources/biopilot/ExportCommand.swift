import ArgumentParser
import Exchange
import Foundation
import PilotCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export to stdout: CSV for Excel/WPS, or JSON for scripts.",
        subcommands: [CSVExport.self, JSONExport.self])

    struct CSVExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv", abstract: "products, inspections or samplings as CSV (RFC 4180, CRLF, UTF-8 with BOM).")

        @OptionGroup var common: CommonOptions

        @Argument(help: "products, inspections or samplings.")
        var kind: TableExport.Kind

        @Option(name: .long, help: "Header row: keys (stable column keys), zh or en.")
        var header: TableExport.HeaderStyle = .keys

        @Flag(name: .customLong("no-bom"), help: "Leave out the UTF-8 byte-order mark.")
        var noBOM = false

        func run() throws {
            try reporting {
                let store = try common.openStore()
                emit(TableExport.csv(kind, index: PilotIndex(store.data), header: header, bom: !noBOM))
            }
        }
    }

    struct JSONExport: ParsableCommand {
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

        func run() throws {
            try reporting {
                let store = try common.openStore()
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let bytes = try encoder.encode(Document(revision: store.revision, asOf: common.day.description, data: store.data))
                emit(String(decoding: bytes, as: UTF8.self) + "\n")
            }
        }
    }
}

extension TableExport.Kind: ExpressibleByArgument {}
extension TableExport.HeaderStyle: ExpressibleByArgument {}
