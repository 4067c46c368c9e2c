import Foundation
import Testing

/// Store text is data, never terminal control (DESIGN §4, audit D5, D10, D16): escape sequences, bidi
/// overrides and Markdown/HTML put into names, labs, batches, reasons, plan refs and the user name reach
/// no command's stdout or stderr raw, in either language and any format.
@Suite(.serialized) struct OutputSafetyTests {
    let today = "2026-11-22"

    /// Every injection the audit tried, in one value.
    static let payload = [
        "A\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}]52;c;cHduZWQ=\u{07}",
        "\u{1B}]8;;http://evil.example\u{1B}\\click me\u{1B}]8;;\u{1B}\\",
        "\u{07}bel", "\rcr", "\u{08}bs", "\u{1B}[1A\u{1B}[2K", "\u{9B}31m", "\u{7F}del", "\u{202E}rlo", "\u{2066}lri",
        "\n# INJECTED HEADING\n", "<script>alert(1)</script>", "[click](javascript:alert(1))", "![t](http://evil.example/x.png)", "a|b\tc",
    ].joined()

    static let user = "eve\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"

    /// A demo store with the payload in every kind of free text that some output shows.
    func injectedStore() throws -> TempStore {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", today]).status == 0)
        let p = Self.payload
        let edits: [[String]] = [
            ["product", "P01", "name=\(p)", "nameEn=\(p)", "planRef=\(p)"],
            ["product", "P06", "name=\(p)", "nameEn=\(p)"], // still to sample (plan)
            ["product", "P08", "name=\(p)", "nameEn=\(p)"], // cannot be placed (plan)
            ["enterprise", "E01", "name=\(p)", "nameEn=\(p)"],
            ["sampling", "SMP-0015", "batch=\(p)", "lab=\(p)"], // failed (summary)
            ["sampling", "SMP-0018", "batch=\(p)", "lab=\(p)"], // report overdue (annual)
            ["inspection", "INS-0014", "reason=\(p)"],
        ]
        for edit in edits {
            let r = try CLI.run(["set", "--store", store.path] + edit + ["--reason", p], environment: ["BIOPILOT_USER": Self.user])
            #expect(r.status == 0, "\(edit[0]) \(edit[1]): \(r.stderr)")
            try Self.expectSafe(r, "set \(edit[1])")
        }
        return store
    }

    /// No byte below 0x20 but newline and tab (and CR only before LF where the format has CRLF), no DEL,
    /// no C1 control, no bidi embedding, override, isolate or mark.
    static func unsafeOffset(_ bytes: [UInt8], crlf: Bool) -> Int? {
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            let next = i + 1 < n ? bytes[i + 1] : 0
            let third = i + 2 < n ? bytes[i + 2] : 0
            switch b {
            case 0x0A, 0x09: continue
            case 0x0D where crlf && next == 0x0A: continue
            case 0x00..<0x20, 0x7F: return i
            case 0xC2 where (0x80...0x9F).contains(next): return i
            case 0xD8 where next == 0x9C: return i
            case 0xE2 where next == 0x80 && ([0x8E, 0x8F] + Array(0xAA...0xAE)).contains(third): return i
            case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return i
            default: continue
            }
        }
        return nil
    }

    static func expectSafe(_ r: CLI.Result, _ what: String, crlf: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (stream, bytes) in [("stdout", [UInt8](r.stdoutBytes)), ("stderr", Array(r.stderr.utf8))] {
            if let at = unsafeOffset(bytes, crlf: crlf) {
                let context = String(decoding: bytes[max(0, at - 30)..<min(bytes.count, at + 10)], as: UTF8.self).debugDescription
                Issue.record("\(what): raw control in \(stream) at byte \(at): \(context)", sourceLocation: sourceLocation)
            }
        }
    }

    static func expectInertMarkdown(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains("<script"), "\(what)", sourceLocation: sourceLocation)
        #expect(!text.contains("](javascript:"), "\(what)", sourceLocation: sourceLocation)
        #expect(!text.contains("![t]("), "\(what)", sourceLocation: sourceLocation)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("# INJECTED"), "\(what)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyReportAndExportShowsControlsVisibly() throws {
        let store = try injectedStore()
        let commands: [(args: [String], crlf: Bool, markdown: Bool, json: Bool)] = [
            (["validate"], false, false, false), (["validate", "--format", "json"], false, false, true),
            (["coverage"], false, false, false), (["coverage", "--format", "md"], false, true, false),
            (["coverage", "--format", "csv"], true, false, false), (["coverage", "--format", "json"], false, false, true),
            (["report", "annual"], false, true, false), (["report", "annual", "--format", "csv"], true, false, false),
            (["report", "annual", "--format", "json"], false, false, true), (["report", "summary"], false, true, false),
            (["report", "sampling"], false, false, false), (["report", "sampling", "--format", "csv"], true, false, false),
            (["report", "sampling", "--format", "json"], false, false, true),
            (["report", "sampling", "--format", "md"], false, true, false),
            (["plan"], false, false, false), (["plan", "--format", "json"], false, false, true),
            (["export", "csv", "products"], true, false, false), (["export", "csv", "inspections", "--header", "zh"], true, false, false),
            (["export", "csv", "samplings", "--header", "en"], true, false, false), (["export", "json"], false, false, true),
            (["export", "ics"], true, false, false), (["render"], false, false, false),
            (["render", "--screen", "sampling"], false, false, false),
        ]
        for lang in ["zh", "en"] {
            for c in commands {
                let what = "\(lang) \(c.args.joined(separator: " "))"
                let r = try CLI.run(
                    c.args + ["--store", store.path, "--today", today, "--lang", lang], environment: ["BIOPILOT_USER": Self.user])
                #expect(r.status == 0 || (c.args[0] == "validate" && r.status == 1), "\(what): \(r.stderr)")
                try Self.expectSafe(r, what, crlf: c.crlf)
                if c.markdown { Self.expectInertMarkdown(r.stdout, what) }
                if c.json { #expect((try? JSONSerialization.jsonObject(with: r.stdoutBytes)) != nil, "\(what): not valid JSON") }
                // Shown (visibly), not dropped; plan's JSON names no product, so it has nothing to show.
                #expect(c.args == ["plan", "--format", "json"] || r.stdout.contains("pwned"), "\(what): payload not shown")
            }
        }
    }

    @Test func jsonKeepsTheExactStoredStrings() throws {
        let store = try injectedStore()
        let r = try CLI.run(["export", "json", "--store", store.path])
        try Self.expectSafe(r, "export json")
        #expect(!r.stdout.contains("\u{202E}") && r.stdout.contains("\\u202e"))
        let doc = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
        let p01 = (doc["products"] as! [[String: Any]]).first { $0["id"] as? String == "P01" }!
        #expect(p01["name"] as? String == Self.payload && p01["planRef"] as? String == Self.payload)
        let sampling = (doc["samplings"] as! [[String: Any]]).first { $0["id"] as? String == "SMP-0018" }!
        #expect(sampling["lab"] as? String == Self.payload)
        let check = try CLI.python(
            """
            import json, subprocess, sys
            doc = json.loads(subprocess.run(sys.argv[1:], capture_output=True, check=True).stdout)
            p01 = [p for p in doc["products"] if p["id"] == "P01"][0]
            print(json.dumps(p01["nameEn"]))
            """, [CLI.binary, "export", "json", "--store", store.path])
        #expect(check.status == 0, "\(check.stderr)")
        let python = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8), options: .fragmentsAllowed) as? String
        #expect(python == Self.payload)
    }

    @Test func validatePrintsOneLinePerFinding() throws {
        let store = try injectedStore()
        for lang in ["zh", "en"] {
            let json = try CLI.run(["validate", "--store", store.path, "--today", today, "--lang", lang, "--format", "json"])
            let findings = try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [[String: Any]]
            let text = try CLI.run(["validate", "--store", store.path, "--today", today, "--lang", lang])
            let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == findings.count + 1, "\(lang)") // one line per finding and the summary line
            for line in lines.dropLast() { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 5, "\(line)") }
            #expect(text.stdout.contains("\\x1b]0;pwned\\x07"))
        }
    }

    @Test func icalendarStillParsesAndCarriesNoControl() throws {
        let store = try injectedStore()
        // Every inspection, the demo's planned unannounced one included.
        let r = try CLI.run(["export", "ics", "--store", store.path, "--lang", "en", "--include-unannounced"])
        try Self.expectSafe(r, "export ics", crlf: true)
        let check = try CLI.python(
            """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            events = [e for e in cal.walk("VEVENT")]
            d = [str(e.get("DESCRIPTION")) for e in events if str(e.get("UID")).startswith("INS-0014-")][0]
            s = [str(e.get("SUMMARY")) for e in events if str(e.get("UID")).startswith("INS-0001-")][0]
            print(len(events)); print(repr(d)); print(repr(s))
            """, [try Self.write(r.stdoutBytes, store.path + "/out.ics")])
        #expect(check.status == 0, "\(check.stderr)")
        let out = check.stdout.split(separator: "\n")
        #expect(out.first == "22")
        // The reason is in the description, its escapes shown as text, its newline a real line break.
        #expect(check.stdout.contains("\\\\x1b]0;pwned\\\\x07") && check.stdout.contains("\\n# INJECTED HEADING\\n"), "\(check.stdout)")
    }

    @Test func messagesThatEchoInputShowItVisibly() throws {
        let store = try injectedStore()
        let s = ["--store", store.path]
        let evil = "X\u{1B}]0;pwned\u{07}\n# forged line\u{202E}"
        let runs: [[String]] = [
            ["set", "product", evil, "name=x"] + s,
            ["set", "product", "P01", "noSuchField=\(evil)"] + s,
            ["stage", "P01", evil] + s,
            ["stage", evil, "licence"] + s,
            ["schedule", "--product", "P01", "--type", evil, "--start", "2026-12-07"] + s,
            ["schedule", "--product", "P01", "--type", "routine", "--start", evil] + s,
            ["export", "ics", "--inspector", evil] + s,
            ["import", "samplings", store.path + "/" + evil + ".csv"] + s,
            ["render", "--month", evil] + s,
            ["coverage", "--format", evil] + s,
        ]
        for args in runs {
            let r = try CLI.run(args, environment: ["BIOPILOT_USER": Self.user])
            #expect(r.status != 0, "\(args)")
            try Self.expectSafe(r, args.joined(separator: " "))
            #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("# forged") }, "\(args): \(r.stderr)")
        }
        // Edits by a user whose name holds escapes, and what they print.
        let added = try CLI.run(
            ["add", "product", "--name", evil, "--type", "antibody", "--holder", "E01", "--plan-ref", evil] + s,
            environment: ["BIOPILOT_USER": Self.user])
        #expect(added.status == 0, "\(added.stderr)")
        try Self.expectSafe(added, "add product")
        let staged = try CLI.run(["stage", "P08", "back", "--reason", evil] + s, environment: ["BIOPILOT_USER": Self.user])
        try Self.expectSafe(staged, "stage back")
        let scheduled = try CLI.run(
            ["schedule", "--product", "P01", "--type", "routine", "--start", "2027-03-03", "--force", "--reason", evil] + s,
            environment: ["BIOPILOT_USER": Self.user])
        try Self.expectSafe(scheduled, "schedule")
        let render = try CLI.run(["render", "--today", today] + s, environment: ["BIOPILOT_USER": Self.user])
        try Self.expectSafe(render, "render")
        #expect(render.stdout.contains("eve\\x1b]0;pwned"))
    }

    @Test func importedLabSheetsAreShownVisibly() throws {
        let store = try injectedStore()
        let file = store.path + "/lab.csv"
        let lab = "Lab\u{1B}]52;c;cHduZWQ=\u{07}\u{202E}"
        let sheet =
            "品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目\r\n"
            + "P12,原液,\"B\u{1B}[2J\n# INJECTED HEADING\",2026-11-03,\(lab),待检,,,\r\n"
        try Data(sheet.utf8).write(to: URL(fileURLWithPath: file))
        for _ in 0..<2 {
            let r = try CLI.run(["import", "samplings", file, "--store", store.path])
            #expect(r.status == 0, "\(r.stderr)")
            try Self.expectSafe(r, "import samplings")
        }
        for format in ["text", "md", "csv", "json"] {
            let r = try CLI.run(["report", "sampling", "--store", store.path, "--today", today, "--format", format])
            try Self.expectSafe(r, "report sampling \(format)", crlf: format == "csv")
            // Shown, as a visible escape (or `\u001b` in JSON), never dropped.
            #expect(r.stdout.contains(format == "json" ? "Lab\\u001b]52" : "x1b") && r.stdout.contains("cHduZWQ="), "\(format)")
        }
    }

    static func write(_ data: Data, _ path: String) throws -> String {
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
