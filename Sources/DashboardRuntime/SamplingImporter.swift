import Exchange
import Foundation
import PilotCore
import PilotStore

/// The import, shared by `biopilot import samplings` and `:import samplings` in the dashboard.
public enum SamplingImporter {
    public static func run(file: String, store: any Store, user: String, dryRun: Bool) throws -> ImportReport {
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
        let encoding = decoded.encoding.rawValue
        switch outcome {
        case .rejected(let problems):
            throw ImportFailure.rejected(file: shown, encoding: encoding, problems: problems)
        case .alreadyImported(let rows):
            return ImportReport(
                summary: Bilingual(
                    zh: "\(shown)：全部 \(rows) 行已在库中，未新增", en: "\(shown): all \(rows) rows are already in the store; nothing added"),
                written: [])
        case .add(let rows):
            if dryRun {
                return ImportReport(
                    summary: Bilingual(
                        zh: "\(shown)（\(encoding)）：\(rows.count) 行均有效，可导入（试运行，未写入）",
                        en: "\(shown) (\(encoding)): \(rows.count) rows are valid and would be added (dry run, nothing written)"),
                    written: [])
            }
            let ids = rows.map(\.id)
            let range = "\(ids.first ?? "")…\(ids.last ?? "")"
            return ImportReport(
                summary: Bilingual(
                    zh: "\(shown)（\(encoding)）：已新增抽检 \(changes.count) 条 \(range)",
                    en: "\(shown) (\(encoding)): added \(changes.count) samplings \(range)"),
                written: changes)
        }
    }
}
