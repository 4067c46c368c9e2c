import Exchange
import Foundation
import PilotCore
import PilotStore

/// The product import, shared by `biopilot import products` and `:import products` in the dashboard.
public enum ProductImporter {
    public static func run(file: String, store: any Store, user: String, dryRun: Bool, provinces: ProvinceTable) throws -> ImportReport {
        let decoded = try SheetFile.read(file)
        let shown = TerminalText.visible(file) // a file name may hold anything but "/" and NUL
        // Read, matched and checked before the store is locked; the lock is held only for the append.
        let (outcome, changes) = try PreparedCommit.run(
            store, user: user, reason: "import products from \((file as NSString).lastPathComponent)", write: !dryRun,
            prepare: { data -> (ProductImport.Outcome, [Change]) in
                let outcome = ProductImport.read(decoded.text, into: data, user: user, provinces: provinces)
                guard case .add(let after) = outcome else { return (outcome, []) }
                return (
                    outcome,
                    ProductImport.changes(from: data, to: after).map { change in
                        change.before.map { Change.update(from: $0, to: change.after) } ?? .create(change.after)
                    }
                )
            },
            changes: { $0.1 })
        let counts = (
            enterprises: changes.filter { $0.kind == .enterprise && $0.before == nil }.count,
            sites: changes.filter { $0.kind == .site && $0.before == nil }.count,
            products: changes.filter { $0.kind == .product }.count
        )
        let encoding = decoded.encoding.rawValue
        switch outcome {
        case .rejected(let problems):
            throw ImportFailure.rejected(file: shown, encoding: encoding, problems: problems)
        case .alreadyImported(let rows):
            return ImportReport(
                summary: Bilingual(
                    zh: "\(shown)：全部 \(rows) 个品种已在库中，未新增", en: "\(shown): all \(rows) products are already in the store; nothing added"),
                written: [])
        case .add:
            if dryRun {
                return ImportReport(
                    summary: Bilingual(
                        zh: "\(shown)（\(encoding)）：有效，可导入这些品种（试运行，未写入）",
                        en: "\(shown) (\(encoding)): valid; would add the products (dry run, nothing written)"),
                    written: [])
            }
            return ImportReport(
                summary: Bilingual(
                    zh: "\(shown)（\(encoding)）：已新增品种 \(counts.products) 个、企业 \(counts.enterprises) 家、场地 \(counts.sites) 个",
                    en:
                        "\(shown) (\(encoding)): added \(counts.products) products, \(counts.enterprises) new enterprises, \(counts.sites) new sites"
                ),
                written: changes)
        }
    }
}
