import ArgumentParser
import PilotCore
import PilotStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The audit trail, newest first: who changed what, when, and why. --verify checks the hash chain.")

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Check every line's hash and the chain; exit 1 naming the first broken revision.")
    var verify = false

    @Option(name: .long, help: "Show at most N entries.")
    var limit: Int?

    func run() throws {
        let directory = common.storeDirectory
        var broken = false
        try reporting {
            if common.demo { _ = try common.openStore() }
            if verify {
                switch try JournalAudit.verify(directory) {
                case .intact(let count, let head):
                    emit(common.language == .zh
                         ? "日志完整：\(count) 条记录，哈希链无断点（末条哈希 \(head.prefix(16))…）\n"
                         : "journal verified: \(count) entries, hash chain intact (head \(head.prefix(16))…)\n")
                case .broken(let error):
                    printError("biopilot: journal verification failed: \(error)")
                    broken = true
                }
                return
            }
            let entries = try JournalAudit.entries(directory)
            var shown = 0
            for result in entries.reversed() {
                if let limit, shown >= limit { break }
                shown += 1
                switch result {
                case .success(let e):
                    var line = "#\(e.revision)  \(e.time)  \(e.user)  \(e.action.rawValue) \(e.entity.rawValue) \(e.id)"
                    if let changed = changedFields(e), !changed.isEmpty { line += "  [\(changed.joined(separator: ", "))]" }
                    if let reason = e.reason { line += "  — \(reason)" }
                    if let conflicts = e.conflicts, !conflicts.isEmpty { line += "\n    accepted conflicts: " + conflicts.joined(separator: "; ") }
                    emit(line + "\n")
                case .failure(let error):
                    emit("!! \(error)\n")
                }
            }
        }
        if broken { throw ExitCode(1) }
    }

    /// The top-level fields an update changed, so the trail reads "status, end" rather than two whole records.
    func changedFields(_ entry: JournalEntry) -> [String]? {
        guard let before = entry.before, let after = entry.after,
              let a = try? RecordFields.fields(before), let b = try? RecordFields.fields(after) else { return nil }
        return Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
    }
}
