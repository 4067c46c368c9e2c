import ArgumentParser
import Exchange
import Foundation
import PilotCore
import PilotStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a sheet into the store.", subcommands: [Samplings.self, Products.self])

    struct Products: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "products",
            abstract: "Import a province's product sheet (CSV: UTF-8 with or without BOM, or GB18030/GBK; Chinese or English headers).",
            discussion: "Enterprises are matched by credit code or exact name and sites by exact address, and created when new. Every row is checked first; with any bad row nothing is written.")

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
        var file: String

        @Flag(name: .long, help: "Check the file and report, without writing.")
        var dryRun = false

        func run() throws {
            try reporting {
                let store = try common.openStore()
                emit(try ProductImporter.run(file: file, store: store, user: common.user, dryRun: dryRun) + "\n")
            }
        }
    }

    struct Samplings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "samplings",
            abstract: "Import a lab's sampling results (CSV: UTF-8 with or without BOM, or GB18030/GBK; Chinese or English headers).",
            discussion: "Every row is checked first; with any bad row nothing is written and each problem is printed with its line number.")

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
        var file: String

        @Flag(name: .long, help: "Check the file and report, without writing.")
        var dryRun = false

        func run() throws {
            try reporting {
                let store = try common.openStore()
                let message = try SamplingImporter.run(file: file, store: store, user: common.user, dryRun: dryRun)
                emit(message + "\n")
            }
        }
    }
}

/// The import, shared by `biopilot import samplings` and `:import samplings` in the dashboard.
enum SamplingImporter {
    static func run(file: String, store: Store, user: String, dryRun: Bool) throws -> String {
        let decoded = try SheetFile.read(file)
        let shown = TerminalText.visible(file)  // a file name may hold anything but "/" and NUL
        // Read and checked before the store is locked; the lock is held only for the append.
        let (outcome, changes) = try PreparedCommit.run(
            store, user: user, reason: "import samplings from \((file as NSString).lastPathComponent)", write: !dryRun,
            prepare: { data -> (SamplingImport.Outcome, [Change]) in
                let outcome = SamplingImport.read(decoded.text, into: data)
                guard case .add(let rows) = outcome else { return (outcome, []) }
                return (outcome, rows.map { .create(.sampling($0)) })
            },
            changes: { $0.1 })
        let written = changes.count
        switch outcome {
        case .rejected(let problems):
            throw CLIFailure.message("\(shown) (\(decoded.encoding.rawValue)): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                                     + problems.map { "  \(shown):" + TerminalText.visible("\($0)") }.joined(separator: "\n"), code: 1)
        case .alreadyImported(let rows):
            return "\(shown): all \(rows) rows are already in the store; nothing added"
        case .add(let rows):
            let ids = rows.map(\.id)
            if dryRun { return "\(shown) (\(decoded.encoding.rawValue)): \(rows.count) rows are valid and would be added (dry run, nothing written)" }
            return "\(shown) (\(decoded.encoding.rawValue)): added \(written) samplings \(ids.first ?? "")…\(ids.last ?? "")"
        }
    }
}

/// The product import, shared by `biopilot import products` and `:import products` in the dashboard.
enum ProductImporter {
    static func run(file: String, store: Store, user: String, dryRun: Bool) throws -> String {
        let decoded = try SheetFile.read(file)
        let shown = TerminalText.visible(file)  // a file name may hold anything but "/" and NUL
        // Read, matched and checked before the store is locked; the lock is held only for the append.
        let (outcome, changes) = try PreparedCommit.run(
            store, user: user, reason: "import products from \((file as NSString).lastPathComponent)", write: !dryRun,
            prepare: { data -> (ProductImport.Outcome, [Change]) in
                let outcome = ProductImport.read(decoded.text, into: data, user: user)
                guard case .add(let after) = outcome else { return (outcome, []) }
                return (outcome, ProductImport.changes(from: data, to: after).map { change in
                    change.before.map { Change.update(from: $0, to: change.after) } ?? .create(change.after)
                })
            },
            changes: { $0.1 })
        let counts = (enterprises: changes.filter { $0.kind == .enterprise && $0.before == nil }.count,
                      sites: changes.filter { $0.kind == .site && $0.before == nil }.count,
                      products: changes.filter { $0.kind == .product }.count)
        switch outcome {
        case .rejected(let problems):
            throw CLIFailure.message("\(shown) (\(decoded.encoding.rawValue)): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                                     + problems.map { "  \(shown):" + TerminalText.visible("\($0)") }.joined(separator: "\n"), code: 1)
        case .alreadyImported(let rows):
            return "\(shown): all \(rows) products are already in the store; nothing added"
        case .add:
            if dryRun { return "\(shown) (\(decoded.encoding.rawValue)): valid; would add the products (dry run, nothing written)" }
            return "\(shown) (\(decoded.encoding.rawValue)): added \(counts.products) products, \(counts.enterprises) new enterprises, \(counts.sites) new sites"
        }
    }
}

/// A spreadsheet export read from disk: UTF-8 (with or without BOM) or GB18030.
enum SheetFile {
    static func read(_ file: String) throws -> (text: String, encoding: TextDecoding.Encoding) {
        guard let contents = FileManager.default.contents(atPath: file) else {
            throw CLIFailure.message("\(TerminalText.visible(file)): cannot read the file", code: 2)
        }
        do {
            return try TextDecoding.decode(Array(contents))
        } catch {
            throw CLIFailure.message(TerminalText.visible("\(file): \(error)"), code: 1)
        }
    }
}
