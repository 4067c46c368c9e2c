import Foundation
import Testing

/// `biopilot due`: the JSON lists the due pane's rows, the iCalendar parses with Python's `icalendar` into as
/// many to-dos, the CSV into as many rows; `--owner` and `--within` narrow it.
@Suite(.serialized) struct DueCommandTests {
    let today = "2026-11-26"

    func items(_ arguments: [String]) throws -> [[String: Any]] {
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        return try #require(object["items"] as? [[String: Any]])
    }

    @Test func jsonListsThePanesRowsInOrder() throws {
        let store = try TempStore.demo(today: today)
        let common = ["--store", store.path, "--today", today, "--lang", "en"]
        // The pane shows every item; the export withholds planned unannounced inspections unless asked (rule 13).
        let json = try items(["due", "--format", "json", "--include-unannounced"] + common)
        let pane = try CLI.run(["render", "--screen", "due", "--size", "240x400"] + common)
        #expect(pane.status == 0, "\(pane.stderr)")
        let rows = pane.stdout.split(separator: "\n").filter { $0.range(of: #"^\d{4}-\d{2}-\d{2} "#, options: .regularExpression) != nil }
        #expect(json.count > 5 && rows.count == json.count, "\(rows.count) rows, \(json.count) items")
        for (row, item) in zip(rows, json) {
            let days = item["workingDaysLeft"] as! Int
            #expect(row.hasPrefix("\(item["due"] as! String) "), "\(row)")
            #expect(row.contains(" \(days > 0 ? "+" : "")\(days) "), "\(row)")
            #expect(row.contains(String((item["what"] as! String).prefix(24))), "\(row) / \(item["what"]!)")
        }
        #expect(json.contains { $0["group"] as? String == "overdue" } && json.contains { $0["group"] as? String == "later" })
        let withheld = try items(["due", "--format", "json"] + common)
        #expect(withheld.count <= json.count)
    }

    @Test func icsAndCsvHoldAsManyItemsAsTheJson() throws {
        let store = try TempStore.demo(today: today)
        for lang in ["zh", "en"] {
            let common = ["--store", store.path, "--today", today, "--lang", lang]
            let json = try items(["due", "--format", "json"] + common)
            let ics = try CLI.run(["due", "--format", "ics"] + common)
            let csv = try CLI.run(["due", "--format", "csv"] + common)
            #expect(ics.status == 0 && csv.status == 0, "\(ics.stderr)\(csv.stderr)")
            try ics.stdoutBytes.write(to: URL(fileURLWithPath: store.path + "/due-\(lang).ics"))
            try csv.stdoutBytes.write(to: URL(fileURLWithPath: store.path + "/due-\(lang).csv"))
            let uids = json.map { $0["uid"] as! String }
            let check = try CLI.python(
                """
                import csv, datetime, icalendar, sys
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
                todos = cal.walk("VTODO")
                assert all(type(t.get("DUE").dt) is datetime.date for t in todos)  # all-day
                rows = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline="")))
                assert all(len(r) == len(rows[0]) for r in rows)
                print(len(todos)); print(len(rows) - 1)
                print("\\n".join(str(t.get("UID")) for t in todos))
                """, [store.path + "/due-\(lang).ics", store.path + "/due-\(lang).csv"])
            #expect(check.status == 0, "\(check.stderr)")
            let out = check.stdout.split(separator: "\n").map(String.init)
            #expect(out.count >= 2 && out[0] == String(json.count) && out[1] == String(json.count), "\(lang): \(out.prefix(2))")
            #expect(Array(out.dropFirst(2)) == uids.map { "\($0)@biopilot" })
        }
    }

    @Test func ownerAndWithinNarrowTheList() throws {
        let store = try TempStore.demo(today: today)
        let common = ["--store", store.path, "--today", today, "--lang", "en", "--format", "json"]
        let all = try items(["due"] + common)
        let owner = try #require(all.compactMap { $0["ownerId"] as? String }.first)
        let mine = try items(["due", "--owner", owner] + common)
        #expect(!mine.isEmpty && mine.count < all.count && mine.allSatisfy { $0["ownerId"] as? String == owner })
        let week = try items(["due", "--within", "7"] + common)
        #expect(week.count < all.count && week.allSatisfy { ($0["due"] as! String) <= "2026-12-03" })
        #expect(week.count == all.filter { ($0["due"] as! String) <= "2026-12-03" }.count)
    }
}
