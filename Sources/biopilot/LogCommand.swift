import ArgumentParser
import DashboardRuntime
import PilotCore
import PilotStore

struct LogCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The audit trail, newest first: who changed what, when, and why. --verify checks the hash chain and store.json.",
        discussion: """
            Keep the output of `biopilot log --head` somewhere else (a mail, a ticket, a paper file): \
            `biopilot log --verify --anchor REV:HASH` then fails if the journal no longer holds that line as it was, \
            which catches lines removed from the end and rewrites of the history. Reports and exports state the head \
            they were made from, so each one is such an anchor too.
            """)

    @OptionGroup var common: CommonOptions

    @Flag(
        name: .long,
        help:
            "Check every line's hash, the chain, the anchors, and that replaying the journal gives store.json; exit 1 naming the first problem."
    )
    var verify = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --verify: a head recorded earlier (from `log --head` or a report); fails if the journal no longer contains it. Repeatable.",
            valueName: "REV:HASH"))
    var anchor: [String] = []

    @Flag(name: .long, help: "Print the journal's head as REV:HASH (to keep as an anchor).")
    var head = false

    @Option(name: .long, help: "Show at most N entries (default 50).")
    var limit: Int = 50

    func validate() throws {
        for text in anchor where JournalHead(text) == nil {
            throw ValidationError(
                "--anchor \(text): expected REV:HASH with the revision and at least 12 lowercase hex digits of its hash (as `biopilot log --head` prints)"
            )
        }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run(reference: ReferenceData) throws {
        let directory = common.storeDirectory
        var broken = false
        try reporting {
            if common.demo { _ = try common.openStore(reference) }
            if head {
                emit("\(try JournalAudit.head(directory))\n")
                return
            }
            if verify {
                switch try JournalAudit.verify(directory, anchors: anchor.compactMap(JournalHead.init)) {
                case .intact(let count, let head):
                    let anchors =
                        anchor.isEmpty ? "" : (common.language == .zh ? "，\(anchor.count) 个锚点均在" : ", \(anchor.count) anchor(s) present")
                    emit(
                        common.language == .zh
                            ? "日志完整：\(count) 条记录，哈希链无断点\(anchors)，store.json 与日志重放一致（末条 \(head)）\n"
                            : "journal verified: \(count) entries, hash chain intact\(anchors), store.json matches the replayed journal (head \(head))\n"
                    )
                case .broken(let error):
                    printError("biopilot: journal verification failed: \(error)")
                    broken = true
                }
                return
            }
            for result in try JournalAudit.last(limit, in: directory).reversed() {
                switch result {
                case .success(let e): emit(LogCommand.line(e) + "\n")
                case .failure(let error): emit("!! \(error)\n")
                }
            }
        }
        if broken { throw ExitCode(1) }
    }

    /// One entry as a line: every field shown visibly, so nothing stored can act on the terminal.
    static func line(_ e: JournalEntry) -> String {
        var line = "#\(e.revision)  \(e.time)  \(TerminalText.visible(e.who))  \(e.action.rawValue)"
        if e.action != .repair {
            line += " \(e.entity.rawValue) \(TerminalText.visible(e.id))"
        }
        if let changed = changedFields(e), !changed.isEmpty { line += "  [\(changed.joined(separator: ", "))]" }
        if let reason = e.reason { line += "  — \(TerminalText.visible(reason))" }
        if let conflicts = e.conflicts, !conflicts.isEmpty {
            line += "\n    accepted conflicts: " + conflicts.map(TerminalText.visible).joined(separator: "; ")
        }
        return line
    }

    /// The top-level fields an update changed, so the trail reads "status, end" rather than two whole records.
    static func changedFields(_ entry: JournalEntry) -> [String]? {
        guard let before = entry.before, let after = entry.after,
            let a = try? RecordFields.fields(before), let b = try? RecordFields.fields(after)
        else { return nil }
        return Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
    }
}
