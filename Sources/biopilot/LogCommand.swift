import ArgumentParser
import DashboardRuntime
import DashboardUI
import Exchange
import PilotCore
import PilotPostgres
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

    @Option(name: .long, help: ArgumentHelp("Only entries by this display name or operating-system account.", valueName: "NAME"))
    var user: String?

    @Option(
        name: .long, help: ArgumentHelp("Only entries written on or after this Beijing date.", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument)
    var since: CivilDate?

    @Option(
        name: .long, help: ArgumentHelp("Only entries written on or before this Beijing date.", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument)
    var until: CivilDate?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Show only this entry, whole: when, who, why, what it changed, and every field of the record it left.", valueName: "N"))
    var revision: Int?

    @Option(name: .long, help: "text: each entry with the fields it changed, old → new; json: the same as data.")
    var format: ValidateCommand.Format = .text

    func validate() throws {
        for text in anchor where JournalHead(text) == nil {
            throw ValidationError(
                "--anchor \(text): expected REV:HASH with the revision and at least 12 lowercase hex digits of its hash (as `biopilot log --head` prints)"
            )
        }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if let revision, revision < 1 { throw ValidationError("--revision must be 1 or more") }
    }

    func run(reference: ReferenceData) throws {
        let directory = common.storeDirectory
        // A PostgreSQL store is read through its connection; a directory's journal file directly.
        let onPostgres = PostgresStore.names(directory)
        var broken = false
        try reporting {
            if common.demo { _ = try common.openStore(reference) }
            if head {
                emit("\(onPostgres ? try PostgresLog.head(directory) : try JournalAudit.head(directory))\n")
                return
            }
            if verify {
                let anchors = anchor.compactMap(JournalHead.init)
                let verdict =
                    onPostgres
                    ? try PostgresVerifier.verify(directory, anchors: anchors) : try JournalAudit.verify(directory, anchors: anchors)
                switch verdict {
                case .intact(let count, let head):
                    let anchors =
                        anchor.isEmpty ? "" : (common.language == .zh ? "，\(anchor.count) 个锚点均在" : ", \(anchor.count) anchor(s) present")
                    let state = onPostgres ? "biopilot.records" : "store.json"
                    emit(
                        common.language == .zh
                            ? "日志完整：\(count) 条记录，哈希链无断点\(anchors)，\(state) 与日志重放一致（末条 \(head)）\n"
                            : "journal verified: \(count) entries, hash chain intact\(anchors), \(state) matches the replayed journal (head \(head))\n"
                    )
                case .broken(let error):
                    printError("biopilot: journal verification failed: \(error)")
                    broken = true
                }
                return
            }
            let query = LogQuery(user: user, since: since, until: until, revision: revision)
            let entries: [AuditEntry]
            if onPostgres {
                // The journal's end only: opening the store would read every record first.
                entries = try PostgresLog.newest(directory, query.revision == nil ? limit : 1, filter: AuditQuery.lineFilter(query)) {
                    AuditQuery.matches(query, $0)
                }.prefix(limit).map { AuditEntry($0, language: common.language, provinces: reference.provinces) }
            } else {
                entries = try AuditQuery.entries(
                    query, limit: limit, store: directory, language: common.language, provinces: reference.provinces)
            }
            switch format {
            case .json:
                emit(try JSONOutput.string(entries))
            case .text where revision != nil:
                guard let entry = entries.first else {
                    let n = revision ?? 0
                    throw CLIFailure.message(
                        Bilingual(zh: "日志中没有第 \(n) 条记录", en: "the journal has no entry #\(n)")[common.language], code: 1)
                }
                emit(entry.detailLines.joined(separator: "\n") + "\n")
            case .text:
                for entry in entries { emit(entry.lines.joined(separator: "\n") + "\n") }
                if entries.isEmpty { emit(Strings.noLogEntries[common.language] + "\n") }
                // A line the journal holds but cannot be read is named, not skipped silently.
                if !onPostgres, query == LogQuery(), entries.count < limit {
                    for case .failure(let error) in try JournalAudit.last(limit, in: directory) { emit("!! \(error)\n") }
                }
            }
        }
        if broken { throw ExitCode(1) }
    }

}
