import Foundation
import Testing

/// Issue 10: every report and export states the journal head it was made from, exactly as `log --head` prints
/// it and where each format's readers still read the document as before, so a kept copy is an anchor that
/// `log --verify --anchor` checks later.
@Suite(.serialized) struct ReportHeadTests {
    let today = "2026-11-22"

    enum Kind { case text, markdown, json, csv, ics }

    static let outputs: [(args: [String], kind: Kind)] = [
        (["coverage"], .text), (["coverage", "--format", "md"], .markdown), (["coverage", "--format", "json"], .json),
        (["coverage", "--format", "csv"], .csv),
        (["report", "annual"], .markdown), (["report", "annual", "--format", "json"], .json),
        (["report", "annual", "--format", "csv"], .csv),
        (["report", "summary"], .markdown),
        (["report", "sampling"], .text), (["report", "sampling", "--format", "md"], .markdown),
        (["report", "sampling", "--format", "json"], .json), (["report", "sampling", "--format", "csv"], .csv),
        (["plan"], .text), (["plan", "--format", "json"], .json),
        (["export", "csv", "products"], .csv), (["export", "csv", "inspections", "--header", "zh"], .csv),
        (["export", "csv", "samplings", "--header", "en", "--no-bom"], .csv),
        (["export", "json"], .json), (["export", "ics"], .ics),
    ]

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    func head(_ store: TempStore) throws -> String {
        let r = try CLI.run(["log", "--head", "--store", store.path])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.trimmingCharacters(in: .newlines)
    }

    /// The footer of text and Markdown reports, in the report's language.
    static func footer(_ head: String, lang: String, markdown: Bool) -> String {
        let check = "biopilot log --verify --anchor \(head)"
        let (h, c) = markdown ? ("`\(head)`", "`\(check)`") : (head, check)
        return lang == "zh" ? "日志末条 \(h)，可用 \(c) 核验" : "Journal head \(h) — check with: \(c)"
    }

    func verify(_ store: TempStore, anchor: String) throws -> CLI.Result {
        try CLI.run(["log", "--verify", "--store", store.path, "--anchor", anchor])
    }

    @Test func everyReportAndExportStatesTheHeadLogPrints() throws {
        let store = try demo()
        let head = try head(store)
        var csvFiles: [String] = []
        var icsFiles: [String] = []
        for lang in ["zh", "en"] {
            for (n, output) in Self.outputs.enumerated() {
                let what = "\(lang) \(output.args.joined(separator: " "))"
                let r = try CLI.run(output.args + ["--store", store.path, "--today", today, "--lang", lang])
                #expect(r.status == 0, "\(what): \(r.stderr)")
                switch output.kind {
                case .text, .markdown:
                    // The last line, after a blank one, with the full hash: pasted, it is the check.
                    let footer = Self.footer(head, lang: lang, markdown: output.kind == .markdown)
                    #expect(r.stdout.hasSuffix("\n\n" + footer + "\n"), "\(what): \(r.stdout.suffix(300))")
                case .json:
                    let object = try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any]
                    #expect(object?["journalHead"] as? String == head, "\(what)")
                case .csv:
                    // Not in the document, whose readers would take it for data; on stderr, through printError.
                    #expect(
                        !r.stdout.contains(head) && r.stderr.contains("biopilot: made from journal head \(head)\n"), "\(what): \(r.stderr)")
                    csvFiles.append(store.path + "/out-\(lang)-\(n).csv")
                    try r.stdoutBytes.write(to: URL(fileURLWithPath: csvFiles.last!))
                case .ics:
                    #expect(
                        r.stdout.replacingOccurrences(of: "\r\n ", with: "").contains("\r\nX-BIOPILOT-JOURNAL-HEAD:\(head)\r\n"), "\(what)")
                    icsFiles.append(store.path + "/out-\(lang).ics")
                    try r.stdoutBytes.write(to: URL(fileURLWithPath: icsFiles.last!))
                }
            }
        }
        // CSV: no row or column was added (every row as wide as the header); iCalendar: still folded at 75
        // octets, parsed by an independent parser, the head on the calendar itself.
        let read = try CLI.python(
            """
            import csv, icalendar, sys
            head, split = sys.argv[1], sys.argv.index("--")
            for name in sys.argv[2:split]:
                rows = list(csv.reader(open(name, encoding="utf-8-sig", newline="")))
                assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows), name
                assert not any(head in cell or "journal" in cell.lower() for row in rows for cell in row), name
            for name in sys.argv[split + 1:]:
                raw = open(name, "rb").read()
                assert all(len(line) <= 75 for line in raw.split(b"\\r\\n")), name + ": a line over 75 octets"
                cal = icalendar.Calendar.from_ical(raw)
                assert str(cal["X-BIOPILOT-JOURNAL-HEAD"]) == head, name
                assert len(cal.walk("VEVENT")) > 0, name
            print("ok")
            """, [head] + csvFiles + ["--"] + icsFiles)
        #expect(read.status == 0 && read.stdout == "ok\n", "\(read.stderr)")
        #expect(try verify(store, anchor: head).status == 0)
    }

    /// The check a report prints is a command that works as pasted, and catches a journal cut short.
    @Test func aReportsHeadCatchesLinesRemovedLater() throws {
        let store = try demo()
        let first = try head(store)
        // Work goes on: the earlier report's head still holds, and a new report states the new head.
        let edit = try CLI.run(["set", "product", "P01", "nameEn=SL-101 (renamed)", "--store", store.path, "--reason", "更正英文名"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(try CLI.run(["compact", "--store", store.path]).status == 0) // store.json at the new head
        let report = try CLI.run(["coverage", "--store", store.path, "--today", today, "--lang", "en"]).stdout
        let stated = try #require(report.split(separator: "\n").last?.components(separatedBy: "check with: biopilot ").last)
        let second = try head(store)
        #expect(second != first && second.hasPrefix("\(Int(first.prefix { $0 != ":" })! + 1):"))
        let pasted = try CLI.run(stated.split(separator: " ").map(String.init) + ["--store", store.path])
        #expect(pasted.status == 0 && pasted.stdout.contains("1 anchor(s) present"), "\(stated): \(pasted.stderr)")
        #expect(try verify(store, anchor: first).status == 0)
        // The journal's last line removed and store.json rebuilt from what is left; the repair's own line now
        // has that revision, so the chain looks whole: only the report's anchor can tell.
        let journal = store.path + "/journal.jsonl"
        let lines = String(decoding: store.bytes("journal.jsonl"), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        try Data((lines.dropLast(2).joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: journal))
        let repaired = try CLI.run(["doctor", "--repair", "--store", store.path])
        #expect(repaired.status == 0 && repaired.stdout.contains("disagreed with the journal"), "\(repaired.stdout)\(repaired.stderr)")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0, "the chain alone looks intact")
        let caught = try verify(store, anchor: second)
        #expect(caught.status == 1 && caught.stderr.contains("anchor \(second) does not match"), "\(caught.stderr)")
        #expect(try verify(store, anchor: first).status == 0, "what came before the cut is still there")
        let now = try CLI.run(["report", "annual", "--format", "json", "--store", store.path, "--today", today])
        #expect((try JSONSerialization.jsonObject(with: now.stdoutBytes) as? [String: Any])?["journalHead"] as? String == (try head(store)))
    }

    /// An empty store states the head `log --head` prints for it (revision 0), and that head verifies.
    @Test func anEmptyStoresHeadIsAnAnchorToo() throws {
        let store = TempStore()
        #expect(try CLI.run(["init", store.path]).status == 0)
        let head = try head(store)
        #expect(head == "0:" + String(repeating: "0", count: 64))
        let text = try CLI.run(["coverage", "--store", store.path, "--today", today, "--lang", "zh"])
        #expect(text.stdout.hasSuffix("\n\n" + Self.footer(head, lang: "zh", markdown: false) + "\n"), "\(text.stdout)")
        #expect(try verify(store, anchor: head).status == 0)
        #expect(try verify(store, anchor: "0:000000000001").status == 1)
    }
}
