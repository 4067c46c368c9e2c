import Exchange
import Foundation
import PilotCore
import PilotStore

/// Why an import wrote nothing. The messages are the command line's; it maps the cases to exit codes
/// (2 for a file it cannot read, 1 otherwise), and the dashboard shows them in the status line.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(String)
    /// The file's bytes are neither UTF-8 nor GB18030.
    case undecodable(String)
    /// One or more rows are bad: each problem with its line number.
    case rejected(String)

    /// A sheet with bad rows: nothing imported, each problem on a line of its own, shown safely.
    static func rows(_ problems: [some CustomStringConvertible], file: String, encoding: String) -> ImportFailure {
        .rejected("\(file) (\(encoding)): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                  + problems.map { "  \(file):" + TerminalText.visible("\($0)") }.joined(separator: "\n"))
    }

    public var message: String {
        switch self {
        case .unreadable(let text), .undecodable(let text), .rejected(let text): return text
        }
    }

    public var description: String { message }
}

/// The import, shared by `biopilot import samplings` and `:import samplings` in the dashboard.
public enum SamplingImporter {
    public static func run(file: String, store: Store, user: String, dryRun: Bool) throws -> String {
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
            throw ImportFailure.rows(problems, file: shown, encoding: decoded.encoding.rawValue)
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
public enum ProductImporter {
    public static func run(file: String, store: Store, user: String, dryRun: Bool, provinces: ProvinceTable) throws -> String {
        let decoded = try SheetFile.read(file)
        let shown = TerminalText.visible(file)  // a file name may hold anything but "/" and NUL
        // Read, matched and checked before the store is locked; the lock is held only for the append.
        let (outcome, changes) = try PreparedCommit.run(
            store, user: user, reason: "import products from \((file as NSString).lastPathComponent)", write: !dryRun,
            prepare: { data -> (ProductImport.Outcome, [Change]) in
                let outcome = ProductImport.read(decoded.text, into: data, user: user, provinces: provinces)
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
            throw ImportFailure.rows(problems, file: shown, encoding: decoded.encoding.rawValue)
        case .alreadyImported(let rows):
            return "\(shown): all \(rows) products are already in the store; nothing added"
        case .add:
            if dryRun { return "\(shown) (\(decoded.encoding.rawValue)): valid; would add the products (dry run, nothing written)" }
            return "\(shown) (\(decoded.encoding.rawValue)): added \(counts.products) products, \(counts.enterprises) new enterprises, \(counts.sites) new sites"
        }
    }
}

/// A spreadsheet export read from disk: UTF-8 (with or without BOM) or GB18030.
public enum SheetFile {
    public static func read(_ file: String) throws -> (text: String, encoding: TextDecoding.Encoding) {
        guard let contents = FileManager.default.contents(atPath: file) else {
            throw ImportFailure.unreadable("\(TerminalText.visible(file)): cannot read the file")
        }
        do {
            return try TextDecoding.decode(Array(contents))
        } catch {
            throw ImportFailure.undecodable(TerminalText.visible("\(file): \(error)"))
        }
    }
}
