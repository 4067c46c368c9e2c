import Exchange
import Foundation
import PilotCore
import PilotStore

/// The import, shared by `biopilot import samplings` and `:import samplings` in the dashboard.
public enum SamplingImporter {
    public static func run(file: String, store: Store, user: String, dryRun: Bool) throws -> String {
        let decoded = try SheetFile.read(file)
        let shown = TerminalText.visible(file) // a file name may hold anything but "/" and NUL
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
            if dryRun {
                return "\(shown) (\(decoded.encoding.rawValue)): \(rows.count) rows are valid and would be added (dry run, nothing written)"
            }
            return "\(shown) (\(decoded.encoding.rawValue)): added \(written) samplings \(ids.first ?? "")…\(ids.last ?? "")"
        }
    }
}
