import Exchange
import Foundation
import Testing

@Suite(.serialized) struct CommandLineTests {
    let today = "2026-11-22"

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    /// A journal is an audit trail: neither `demo --force` nor `init` may replace or empty one, even when
    /// store.json is gone (the audit's own hints once led there).
    @Test func demoAndInitNeverTouchAJournal() throws {
        let store = try demo()
        let journal = store.bytes("journal.jsonl")
        for force in [[], ["--force"]] {
            let again = try CLI.run(["demo", store.path, "--today", today] + force)
            #expect(again.status == 1 && again.stderr.contains("journal.jsonl"), "\(again.stderr)")
        }
        try FileManager.default.removeItem(atPath: store.path + "/store.json")
        let hint = try CLI.run(["validate", "--store", store.path])
        #expect(hint.status == 2 && hint.stderr.contains("doctor --repair") && !hint.stderr.contains("demo"), "\(hint.stderr)")
        for command in [["init", store.path], ["demo", store.path, "--force"]] {
            let r = try CLI.run(command)
            #expect(r.status == 1 && r.stderr.contains("journal.jsonl"), "\(command): \(r.stderr)")
            #expect(store.bytes("journal.jsonl") == journal)
        }
        // What the hint says rebuilds store.json from the journal, and the repair is itself in the journal.
        let repaired = try CLI.run(["doctor", "--repair", "--store", store.path])
        #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
        #expect(store.bytes("journal.jsonl").starts(with: journal))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        #expect(try CLI.run(["log", "--store", store.path, "--limit", "1"]).stdout.contains("repair"))
        #expect(try CLI.run(["export", "json", "--store", store.path]).status == 0)
    }

    /// A bad date on the command line says what is wrong with it, not only that it is invalid.
    @Test func aBadDateSaysWhy() throws {
        let store = try demo()
        let cases = [
            ("2026-02-30", "February 2026 has 28 days"), ("2024-02-30", "February 2024 has 29 days"),
            ("2026-13-01", "the month must be 01–12"), ("2026/3/5", "expected YYYY-MM-DD"),
        ]
        for (date, why) in cases {
            let r = try CLI.run(["schedule", "--store", store.path, "--product", "P01", "--type", "routine", "--start", date])
            #expect(r.status != 0 && r.stderr.contains(why), "\(date): \(r.stderr)")
        }
    }

    @Test func validateExitCodes() throws {
        let store = try demo()
        let r = try CLI.run(["validate", "--store", store.path, "--today", today, "--format", "json"])
        #expect(r.status == 1)
        let findings = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [[String: Any]]
        #expect(findings.contains { $0["severity"] as? String == "error" })
        let missing = try CLI.run(["validate", "--store", store.path + "/nope"])
        #expect(missing.status == 2 && missing.stderr.contains("nope"))
        let zh = try CLI.run(["validate", "--store", store.path, "--today", today], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.contains("错误"))
    }

    @Test func storeLocationFlagEnvironmentAndXDG() throws {
        let store = try demo()
        let viaEnv = try CLI.run(["coverage", "--today", today, "--format", "json"], environment: ["BIOPILOT_STORE": store.path])
        #expect(viaEnv.status == 0)
        let xdg = TempStore()
        try FileManager.default.createDirectory(atPath: xdg.path + "/biopilot", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: store.path, toPath: xdg.path + "/biopilot/store")
        let viaXDG = try CLI.run(["coverage", "--today", today, "--format", "json"], environment: ["XDG_DATA_HOME": xdg.path])
        #expect(viaXDG.status == 0 && viaXDG.stdout == viaEnv.stdout)
        let viaDemo = try CLI.run(["coverage", "--demo", "--today", today, "--format", "json"], environment: ["XDG_DATA_HOME": xdg.path])
        #expect(viaDemo.status == 0 && FileManager.default.fileExists(atPath: xdg.path + "/biopilot/demo/store.json"))
    }

    @Test func scheduleChecksThenWrites() throws {
        let store = try demo()
        let base = ["schedule", "--store", store.path, "--today", today, "--product", "P12", "--type", "full-gmp"]
        // Saturday start, and an inspector with a conflict of interest with the drug-product site's enterprise.
        let refused = try CLI.run(base + ["--start", "2026-11-28", "--end", "2026-12-01", "--inspector", "I05", "--inspector", "I09"])
        #expect(refused.status == 1 && refused.stderr.contains("weekend"))
        let before = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout
        // P12 is made in three provinces: a joint inspection with both partners.
        let ok = try CLI.run(
            base + [
                "--start", "2026-12-07", "--end", "2026-12-09", "--inspector", "I03", "--inspector", "I01", "--joint-with", "370000",
                "--joint-with", "440000",
            ])
        #expect(ok.status == 0, "\(ok.stderr)")
        let id = ok.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hasPrefix("INS-"))
        let after = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout
        #expect(after.components(separatedBy: "\r\n").count == before.components(separatedBy: "\r\n").count + 1)
        #expect(after.components(separatedBy: "\r\n").contains { $0.hasPrefix(id + ",") && $0.contains(",370000;440000,") })
        let ics = try CLI.run(["export", "ics", "--store", store.path, "--lang", "en"]).stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("Joint inspection with Shandong\\, Guangdong"), "\(ics)")
        // Forcing records the accepted conflicts in the journal.
        let forced = try CLI.run(
            base + ["--start", "2026-12-07", "--end", "2026-12-09", "--inspector", "I03", "--force", "--reason", "唯一可用"])
        #expect(forced.status == 0)
        let log = try CLI.run(["log", "--store", store.path, "--limit", "1"])
        #expect(log.stdout.contains("accepted conflicts") && log.stdout.contains("唯一可用"))
        // Unknown ids are never forced.
        let unknown = try CLI.run(base + ["--start", "2026-12-07", "--inspector", "I99", "--force"])
        #expect(unknown.status == 1 && unknown.stderr.contains("I99"))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    @Test func badDatesAreRejectedBeforeAnything() throws {
        let store = try demo()
        let r = try CLI.run(["coverage", "--store", store.path, "--today", "2026-02-30"])
        #expect(r.status != 0 && r.stderr.contains("2026-02-30"))
    }

    @Test func demoStoreMatchesThePublishedSchema() throws {
        let store = try demo()
        let schema = try CLI.run(["schema"])
        let file = store.path + "/schema.json"
        try schema.stdoutBytes.write(to: URL(fileURLWithPath: file))
        let check = try CLI.python(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            line_schema = dict(schema["$defs"]["journalLine"]); line_schema["$defs"] = schema["$defs"]
            validator = jsonschema.Draft202012Validator(line_schema)
            n = 0
            for line in open(sys.argv[3], encoding="utf-8"):
                validator.validate(json.loads(line)); n += 1
            print("valid", n)
            """, [file, store.path + "/store.json", store.path + "/journal.jsonl"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("valid "))
    }

    @Test func csvExportsReadBackWithPythonsCSVModule() throws {
        let store = try demo()
        let json = try CLI.run(["export", "json", "--store", store.path])
        let document = try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [String: Any]
        for (kind, keys, collection) in [
            ("products", "id,name,type,holder,province,stage", "products"),
            ("inspections", "id,product_id,type,start,end,status,conclusion", "inspections"),
            ("samplings", "id,product_id,segment,batch,sampled_on,lab,conclusion,report_no", "samplings"),
        ] {
            // Every record, the planned unannounced inspection included, to compare with the JSON.
            let csv = try CLI.run(["export", "csv", kind, "--store", store.path, "--include-unannounced"])
            #expect(csv.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let file = store.path + "/\(kind).csv"
            try csv.stdoutBytes.write(to: URL(fileURLWithPath: file))
            let read = try CLI.python(
                """
                import csv, json, sys
                raw = open(sys.argv[1], "rb").read()
                assert raw.count(b"\\r\\n") >= 1 and b"\\n" not in raw.replace(b"\\r\\n", b"")
                rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
                print(json.dumps({"header": list(rows[0].keys()), "ids": [r["id"] for r in rows], "rows": rows}, ensure_ascii=False))
                """, [file])
            #expect(read.status == 0, "\(read.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as! [String: Any]
            let header = (parsed["header"] as! [String]).prefix(keys.split(separator: ",").count).joined(separator: ",")
            #expect(header == keys)
            let records = document[collection] as! [[String: Any]]
            #expect(parsed["ids"] as! [String] == records.map { $0["id"] as! String })
        }
        let zh = try CLI.run(["export", "csv", "samplings", "--store", store.path, "--header", "zh", "--no-bom"])
        #expect(zh.stdout.hasPrefix("编号,品种编号,分段,批号"))
    }

    /// The iCalendar export read by an independent parser (Python's icalendar): one event per inspection,
    /// all-day dates with an exclusive end, folded lines of at most 75 octets.
    @Test func icsExportParsesWithAnIndependentParser() throws {
        let store = try demo()
        let json = try CLI.run(["export", "json", "--store", store.path])
        let inspections = (try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [String: Any])["inspections"] as! [[String: Any]]
        for (arguments, expected) in [
            ([String](), inspections),
            (["--year", "2025"], inspections.filter { ($0["start"] as! String).hasPrefix("2025") }),
            (["--inspector", "I07"], inspections.filter { ($0["team"] as! [String]).contains("I07") }),
        ] {
            for lang in ["zh", "en"] {
                let ics = try CLI.run(["export", "ics", "--store", store.path, "--lang", lang, "--include-unannounced"] + arguments)
                #expect(ics.status == 0)
                let file = store.path + "/export-\(lang).ics"
                try ics.stdoutBytes.write(to: URL(fileURLWithPath: file))
                let parsed = try CLI.python(
                    """
                    import icalendar, json, sys, datetime
                    raw = open(sys.argv[1], "rb").read()
                    assert all(len(line) <= 75 for line in raw.split(b"\\r\\n")), "a line over 75 octets"
                    assert b"\\n" not in raw.replace(b"\\r\\n", b""), "a bare LF"
                    cal = icalendar.Calendar.from_ical(raw)
                    events = []
                    for ev in cal.walk("VEVENT"):
                        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
                        assert type(start) is datetime.date and type(end) is datetime.date
                        events.append({"uid": str(ev["UID"]), "start": start.isoformat(), "end": end.isoformat(), "summary": str(ev["SUMMARY"])})
                    print(json.dumps(events, ensure_ascii=False))
                    """, [file])
                #expect(parsed.status == 0, "\(parsed.stderr)")
                let events = try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as! [[String: String]]
                #expect(events.count == expected.count)
                for inspection in expected {
                    let id = inspection["id"] as! String
                    let event = events.first { $0["uid"]!.hasPrefix(id + "-") }
                    #expect(event?["start"] == inspection["start"] as? String)
                    // DTEND is exclusive: the day after the last day.
                    let last = inspection["end"] as! String
                    let exclusive = Calendar(identifier: .gregorian).date(byAdding: .day, value: 1, to: ISO8601DateFormatter.date(last))!
                    #expect(event?["end"] == ISO8601DateFormatter.day(exclusive), "\(id)")
                }
            }
        }
        // The same inspection keeps its UID from one export to the next.
        let a = try CLI.run(["export", "ics", "--store", store.path]).stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        let b = try CLI.run(["export", "ics", "--store", store.path]).stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(a == b && Set(a).count == a.count)
    }

    @Test func coverageFormatsAgree() throws {
        let store = try demo()
        let json = try CLI.run(["coverage", "--store", store.path, "--today", today, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [String: Any]
        let products = report["products"] as! [[String: Any]]
        #expect(report["year"] as? Int == 2026 && report["asOf"] as? String == today)
        #expect(report["total"] as? Int == products.count)
        #expect(report["covered"] as? Int == products.filter { $0["covered"] as? Bool == true }.count)
        for p in products {
            for key in [
                "id", "name", "province", "fullSystemInspection", "plannedFullSystemInspection", "sampling",
                "sitesInspected", "sitesTotal", "residentStaffOK", "covered",
            ] {
                #expect(p[key] != nil, "missing \(key)")
            }
        }
        let text = try CLI.run(["coverage", "--store", store.path, "--today", today, "--lang", "en"])
        #expect(text.stdout.contains("\(report["covered"]!)/\(report["total"]!) products covered"))
        let md = try CLI.run(["coverage", "--store", store.path, "--today", today, "--format", "md"])
        #expect(md.stdout.contains("| P01 |"))
    }
}

extension ISO8601DateFormatter {
    static func date(_ day: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.date(from: day)!
    }

    static func day(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}

extension CommandLineTests {
    /// `set setting` overrides a deadline for the province: journalled like every edit (with its reason), checked,
    /// and the findings move their due dates and say why.
    @Test func aDeadlineSettingIsJournalledAndMovesTheDueDate() throws {
        let store = try demo()
        func reportLines() throws -> [String] {
            try CLI.run(["validate", "--store", store.path, "--today", today]).stdout.split(separator: "\n").map(String.init)
                .filter { $0.contains("was due") && $0.contains("report from") }
        }
        let before = try reportLines()
        #expect(!before.isEmpty && !before.joined().contains("省局规定"))
        let set = try CLI.run(["set", "setting", "deadline.lab-report=20", "--reason", "省局规定", "--store", store.path])
        #expect(set.status == 0 && set.stdout == "deadline.lab-report\n", "\(set.stderr)")
        let after = try reportLines()
        #expect(after.count >= before.count && after != before && after.joined().contains("省局规定"))
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as! [String: Any]
        let settings = try #require(json["settings"] as? [[String: Any]])
        #expect(settings.first?["id"] as? String == "deadline.lab-report" && settings.first?["value"] as? String == "20")
        #expect(settings.first?["reason"] as? String == "省局规定")
        let log = try CLI.run(["log", "--store", store.path, "--limit", "1"]).stdout
        #expect(log.contains("added setting deadline.lab-report") && log.contains("    value: 20") && log.contains("省局规定"), "\(log)")
        // The same entry in Chinese, as data, and narrowed by who and when.
        let zh = try CLI.run(["log", "--store", store.path, "--limit", "1", "--lang", "zh"]).stdout
        #expect(zh.contains("新增 设置 deadline.lab-report\n    值：20\n") && zh.hasSuffix("\n    — 省局规定\n"), "\(zh)")
        let data = try CLI.run(["log", "--store", store.path, "--limit", "1", "--format", "json"]).stdoutBytes
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let changes = try #require(entries.first?["changes"] as? [[String: Any]])
        #expect(changes.first?["field"] as? String == "value" && changes.first?["after"] as? String == "20")
        #expect((entries.first?["beijingTime"] as? String)?.count == 19 && entries.first?["reason"] as? String == "省局规定")
        // One entry opened whole by its revision: why, what changed, and every field the record was left with.
        let head = try #require(entries.first?["revision"] as? Int)
        let one = try CLI.run(["log", "--store", store.path, "--revision", "\(head)", "--lang", "zh"]).stdout
        #expect(one.hasPrefix("修订号：#\(head)\n") && one.contains("原因：省局规定\n") && one.contains("新增的记录\n    值：20"), "\(one)")
        let missing = try CLI.run(["log", "--store", store.path, "--revision", "\(head + 100)"])
        #expect(missing.status == 1 && missing.stderr.contains("no entry #\(head + 100)"), "\(missing.stderr)")
        let nobody = try CLI.run(["log", "--store", store.path, "--user", "nobody"])
        #expect(nobody.status == 0 && nobody.stdout == "(no journal entries match)\n", "\(nobody.stdout)")
        let future = try CLI.run(["log", "--store", store.path, "--since", "2099-01-01", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: future.stdoutBytes) as? [Any])?.isEmpty == true, "\(future.stdout)")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        let bad = try CLI.run(["set", "setting", "deadline.lab-report=twenty", "--store", store.path])
        #expect(bad.status == 1 && bad.stderr.contains("value"))
        #expect(try CLI.run(["set", "setting", "deadline.nothing=3", "--store", store.path]).status == 1)
        #expect(try CLI.run(["set", "setting", "deadline.lab-report=", "--reason", "恢复规章", "--store", store.path]).status == 0)
        #expect(try reportLines() == before)
    }

    /// `schedule` into a year without holiday data says the holidays were assumed; 元旦 2027 is one of them.
    @Test func schedulingIntoAnEstimatedYearSaysSo() throws {
        let store = try demo()
        let onHoliday = try CLI.run([
            "schedule", "--store", store.path, "--today", today, "--product", "P08", "--type", "routine", "--start", "2026-12-30",
            "--end", "2027-01-01", "--inspector", "I07", "--inspector", "I04",
        ])
        #expect(onHoliday.status == 1 && onHoliday.stderr.contains("New Year's Day"), "\(onHoliday.stderr)")
        let forced = try CLI.run([
            "schedule", "--store", store.path, "--today", today, "--product", "P08", "--type", "routine", "--start", "2026-12-30",
            "--end", "2027-01-05", "--inspector", "I07", "--inspector", "I04", "--force", "--reason", "跟踪检查",
        ])
        #expect(forced.status == 0 && forced.stderr.contains("no 2027 holiday arrangement on file; statutory holidays assumed"))
    }
}

@Suite(.serialized) struct SamplingImportCommandTests {
    let today = "2026-11-22"

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    let sheet = """
        品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目
        P12,原液,CL-2208-20261101,2026-11-03,山东省食品药品检验研究院,待检,,,"鉴别, 纯度"
        P06,制剂,"P06-2026,11",2026-11-05,北京市药品检验研究院,符合规定,BG2026-70,2026-11-19,"说明：""复核""
        两行"
        """

    @Test func gbkSheetImportsAndReimportAddsNothing() throws {
        let store = try demo()
        let file = store.path + "/lab-gbk.csv"
        try Data(try TextDecoding.encodeGB18030(sheet)).write(to: URL(fileURLWithPath: file))
        let dry = try CLI.run(["import", "samplings", file, "--store", store.path, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("2 rows are valid") && dry.stdout.contains("GB18030"))
        let first = try CLI.run(["import", "samplings", file, "--store", store.path])
        #expect(first.status == 0 && first.stdout.contains("added 2 samplings"), "\(first.stderr)")
        let csv = try CLI.run(["export", "csv", "samplings", "--store", store.path]).stdout
        #expect(csv.contains("\"P06-2026,11\"") && csv.contains("\"说明：\"\"复核\"\"\n两行\""))
        let again = try CLI.run(["import", "samplings", file, "--store", store.path])
        #expect(again.status == 0 && again.stdout.contains("all 2 rows are already in the store; nothing added"))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    @Test func oneBadRowWritesNothing() throws {
        let store = try demo()
        let file = store.path + "/bad.csv"
        try Data(("\u{FEFF}" + sheet + "\nP99,制剂,X,2026-11-31,某所,合格,,,\n").utf8).write(to: URL(fileURLWithPath: file))
        let snapshot = store.bytes("store.json")
        let journal = store.bytes("journal.jsonl")
        let r = try CLI.run(["import", "samplings", file, "--store", store.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv:line 5: unknown product \"P99\"") && r.stderr.contains("2026-11-31"), "\(r.stderr)")
        #expect(store.bytes("store.json") == snapshot && store.bytes("journal.jsonl") == journal)
    }

    @Test func theExportImportsAsNothingNew() throws {
        let store = try demo()
        for header in ["keys", "zh", "en"] {
            let file = store.path + "/export-\(header).csv"
            try CLI.run(["export", "csv", "samplings", "--store", store.path, "--header", header]).stdoutBytes.write(
                to: URL(fileURLWithPath: file))
            let r = try CLI.run(["import", "samplings", file, "--store", store.path])
            #expect(r.status == 0 && r.stdout.contains("nothing added"), "\(header): \(r.stdout) \(r.stderr)")
        }
    }

    @Test func yearSummaryFormats() throws {
        let store = try demo()
        let json = try CLI.run(["report", "sampling", "--store", store.path, "--today", today, "--format", "json"])
        let doc = try JSONSerialization.jsonObject(with: json.stdoutBytes) as! [String: Any]
        let labs = doc["byLab"] as! [[String: Any]]
        let products = doc["byProduct"] as! [[String: Any]]
        #expect(doc["year"] as? Int == 2026)
        let labTotal: Int = labs.map { $0["total"] as! Int }.reduce(0, +)
        let productTotal: Int = products.map { $0["total"] as! Int }.reduce(0, +)
        #expect(labTotal == productTotal)
        let p09 = products.first { $0["key"] as? String == "P09" }
        #expect(p09?["overdue"] as? Int == 1)
        for format in ["text", "csv", "md"] {
            #expect(try CLI.run(["report", "sampling", "--store", store.path, "--today", today, "--format", format]).status == 0)
        }
    }
}

@Suite struct InitAndEditCommandTests {
    @Test func anEmptyStoreFilledFromTheCommandLine() throws {
        let store = TempStore()
        #expect(try CLI.run(["init", store.path]).status == 0)
        #expect(try CLI.run(["init", store.path]).status == 1)
        let enterprise = try CLI.run([
            "add", "enterprise", "--store", store.path, "--name", "闽康生物制药有限公司",
            "--credit-code", "91350100M000100Y44", "--province", "350000", "--licence", "闽20250001", "--classes", "AB",
        ])
        #expect(enterprise.status == 0 && enterprise.stdout == "E01\n")
        #expect(enterprise.stderr.contains("warning: creditCode")) // a bad check character is only a warning
        let bad = try CLI.run(["add", "site", "--store", store.path, "--enterprise", "E99", "--address", "x", "--province", "350000"])
        #expect(bad.status == 1 && bad.stderr.contains("enterpriseId: no enterprise E99") && bad.stderr.contains("drugSubstance"))
        #expect(
            try CLI.run([
                "add", "site", "--store", store.path, "--enterprise", "E01", "--address", "厦门市海沧区1号",
                "--province", "350000", "--drug-substance", "--drug-product",
            ]).stdout == "S01\n")
        #expect(
            try CLI.run([
                "add", "product", "--store", store.path, "--name", "测试单抗", "--type", "antibody", "--holder", "E01",
                "--drug-substance-site", "S01", "--drug-product-site", "S01",
            ]).stdout == "P01\n")
        #expect(try CLI.run(["stage", "P01", "application", "--store", store.path, "--date", "2025-06-01"]).status == 0)
        let skip = try CLI.run(["stage", "P01", "licence", "--store", store.path])
        #expect(skip.status == 1 && skip.stderr.contains("reason"))
        let set = try CLI.run([
            "set", "enterprise", "E01", "liabilityCompensation=保险 PL-1", "biologicsSince=2015-01-01", "--store", store.path,
        ])
        #expect(set.status == 0)
        let wrong = try CLI.run(["set", "site", "S01", "drugProduct=maybe", "--store", store.path])
        #expect(wrong.status == 1 && wrong.stderr.contains("not true or false"))
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as! [String: Any]
        let e = (json["enterprises"] as! [[String: Any]])[0]
        #expect(e["liabilityCompensation"] as? String == "保险 PL-1" && e["biologicsSince"] as? String == "2015-01-01")
        let log = try CLI.run(["log", "--store", store.path, "--limit", "1"]).stdout
        // Each changed field by its label, old → new.
        #expect(log.contains("changed enterprise E01\n"), "\(log)")
        #expect(log.contains("\n    biologics since: ") && log.contains(" → 2015-01-01\n"), "\(log)")
        #expect(log.contains("\n    liability compensation: — → 保险 PL-1\n"), "\(log)")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        let validate = try CLI.run(["validate", "--store", store.path, "--today", "2026-11-22"]).stdout
        #expect(validate.contains("no risk rating recorded"))
    }
}
