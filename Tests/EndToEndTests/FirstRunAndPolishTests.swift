import Foundation
import Testing

/// Issue 13 items 11, 14 and 15 through the real binary: the first run, the help text, errors in the user's
/// language, and CSV values in Chinese that import back.
@Suite struct FirstRunAndPolishTests {
    let today = "2026-11-26"

    @Test func aFirstRunOffersInitThenTheDemoInTheUILanguage() throws {
        let store = TempStore()
        let en = try CLI.run(["--store", store.path])
        #expect(en.status == 2)
        let initAt = try #require(en.stderr.range(of: "biopilot init \(store.path)"), "\(en.stderr)")
        let demoAt = try #require(en.stderr.range(of: "biopilot --demo"), "\(en.stderr)")
        #expect(initAt.lowerBound < demoAt.lowerBound && en.stderr.contains("fictional"))
        for zh in [
            try CLI.run(["--store", store.path], environment: ["LANG": "zh_CN.UTF-8"]),
            try CLI.run(["--store", store.path, "--lang", "zh"]),
        ] {
            #expect(zh.status == 2 && zh.stderr.contains("还没有数据库") && zh.stderr.contains("虚构"), "\(zh.stderr)")
            #expect(zh.stderr.contains("biopilot init \(store.path)"))
        }
        #expect(!FileManager.default.fileExists(atPath: store.path), "a first run creates nothing")
        // A file given as the store is a mistake to name, not a first run.
        let file = try CLI.run(["--store", "/etc/passwd"])
        #expect(file.status == 2 && !file.stderr.contains("biopilot init"), "\(file.stderr)")
    }

    @Test func renderHelpShowsDefaultsAsTyped() throws {
        let help = try CLI.run(["render", "--help"]).stdout
        #expect(help.contains("default: products") && help.contains("default: 100x30"), "\(help)")
        for screen in ["products", "calendar", "sampling", "coverage"] {
            let store = try TempStore.demo(today: today)
            #expect(try CLI.run(["render", "--screen", screen, "--store", store.path, "--today", today]).status == 0)
        }
    }

    /// Every option and argument of every command says what it is for.
    @Test func everyOptionHasADescription() throws {
        let commands: [[String]] = [
            [], ["dashboard"], ["init"], ["demo"], ["generate"], ["validate"], ["coverage"], ["schedule"], ["plan"], ["add", "enterprise"],
            ["add", "site"], ["add", "product"], ["add", "staff"], ["add", "inspector"], ["set"], ["stage"], ["export", "csv"],
            ["export", "json"], ["export", "ics"], ["import", "products"], ["import", "samplings"], ["report", "annual"],
            ["report", "sampling"], ["report", "summary"], ["render"], ["log"], ["doctor"], ["schema"], ["compact"],
        ]
        var bare: [String] = []
        for command in commands {
            let lines = try CLI.run(command + ["--help"]).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var inList = false
            for (i, line) in lines.enumerated() {
                if line == "OPTIONS:" || line == "ARGUMENTS:" {
                    inList = true
                    continue
                }
                if line.isEmpty || !line.hasPrefix(" ") {
                    inList = line.isEmpty && inList
                    continue
                }
                guard inList, line.hasPrefix("  -") || line.hasPrefix("  <") else { continue }
                // What follows the names and the value placeholder (`-h, --help`, `--size <WxH>`, `<DIR> ...`).
                let rest = line.replacing(/^  (?:-[\w-]+(?:, -[\w-]+)*(?: <[^>]+>(?: \.\.\.)?)?|<[^>]+>(?: \.\.\.)?)/, with: "")
                let described = !rest.trimmingCharacters(in: .whitespaces).isEmpty
                let next = i + 1 < lines.count ? lines[i + 1] : ""
                if !described && !(next.hasPrefix(String(repeating: " ", count: 26)) && next.count > 26) {
                    bare.append("\(command.joined(separator: " ")): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(bare.isEmpty, "\(bare)")
    }

    @Test func schemaAndInitRefuseMeaninglessOptions() throws {
        #expect(try CLI.run(["schema", "--store", "/tmp/x"]).status == 64)
        #expect(try CLI.run(["schema"]).status == 0)
        let store = TempStore()
        for option in [["--today", today], ["--demo"], ["--lock-timeout", "3"]] {
            let r = try CLI.run(["init", store.path] + option)
            #expect(r.status == 64, "\(option)")
        }
        #expect(!FileManager.default.fileExists(atPath: store.path))
        let made = try CLI.run(["init", store.path, "--lang", "zh"])
        #expect(made.status == 0 && made.stdout.contains("已创建空数据库"))
        let again = try CLI.run(["init", store.path, "--lang", "zh"])
        #expect(again.status == 1 && again.stderr.contains("已有数据库"), "\(again.stderr)")
    }

    @Test func anUnknownCommandPrintsTheTopLevelHelp() throws {
        let r = try CLI.run(["frobnicate"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown command 'frobnicate'") && r.stderr.contains("SUBCOMMANDS") && r.stderr.contains("coverage"))
        #expect(!r.stderr.contains("biopilot dashboard [--store"), "not the dashboard's usage: \(r.stderr)")
    }

    @Test func anUnknownIdIsNotFoundNotAConflict() throws {
        let store = try TempStore.demo(today: today)
        let r = try CLI.run([
            "schedule", "--store", store.path, "--today", today, "--product", "P99", "--type", "routine", "--start", "2026-12-07",
            "--inspector", "I01",
        ])
        #expect(r.status == 1 && r.stderr.contains("product P99 not found") && !r.stderr.contains("conflict"), "\(r.stderr)")
        let zh = try CLI.run([
            "schedule", "--store", store.path, "--today", today, "--product", "P01", "--type", "routine", "--start", "2026-12-07",
            "--inspector", "I99", "--lang", "zh",
        ])
        #expect(zh.status == 1 && zh.stderr.contains("未找到检查员 I99"), "\(zh.stderr)")
    }

    /// 5 of the demo's 12 products are covered: 41.67% reads 42%, as people round (it was cut to 41%).
    @Test func coveragePercentagesRound() throws {
        let store = try TempStore.demo(today: today)
        let r = try CLI.run(["coverage", "--store", store.path, "--today", today])
        #expect(r.stdout.contains("5/12 products covered (42%)"), "\(r.stdout)")
    }

    @Test func errorsFollowTheLanguage() throws {
        let store = try TempStore.demo(today: today)
        let flag = try CLI.run(["stage", "P99", "licence", "--store", store.path, "--lang", "zh"])
        #expect(flag.status == 1 && flag.stderr.contains("没有品种 P99"), "\(flag.stderr)")
        let locale = try CLI.run(["set", "site", "S99", "address=x", "--store", store.path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(locale.status == 1 && locale.stderr.contains("没有生产场地 S99"), "\(locale.stderr)")
        let english = try CLI.run(["render", "--month", "2026-13", "--store", store.path])
        #expect(english.status == 1 && english.stderr.contains("expected YYYY-MM"))
        #expect(try CLI.run(["render", "--month", "26", "--store", store.path, "--lang", "zh"]).stderr.contains("应为"))
    }

    /// `--header zh` writes the values in words too (制剂, 符合规定, 否), and such a file imports back as the
    /// same records; `--values keys` keeps the keys.
    @Test func chineseCSVValuesImportBack() throws {
        let store = try TempStore.demo(today: today)
        let words = try CLI.run(["export", "csv", "samplings", "--store", store.path, "--header", "zh"]).stdout
        #expect(words.contains(",制剂,") && words.contains(",符合规定,") && words.contains(",否,") && !words.contains("drug-product"))
        let keys = try CLI.run(["export", "csv", "samplings", "--store", store.path, "--header", "zh", "--values", "keys"]).stdout
        #expect(keys.contains(",drug-product,") && keys.contains(",pass,") && !keys.contains(",制剂,"))
        let inspections = try CLI.run(["export", "csv", "inspections", "--store", store.path, "--header", "zh"]).stdout
        #expect(inspections.contains(",已完成,") && inspections.contains("全体系GMP符合性检查"))
        // New batch numbers make every row new: the import must read each value in words back to its key.
        var lines = words.split(separator: "\r\n").map(String.init)
        for i in 1..<lines.count {
            var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 3, !lines[i].contains("\"") else { continue }
            cells[3] += "-R"
            lines[i] = cells.joined(separator: ",")
        }
        let file = store.path + "/words.csv"
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", "samplings", file, "--store", store.path])
        #expect(imported.status == 0 && imported.stdout.contains("added"), "\(imported.stdout) \(imported.stderr)")
        let after = try CLI.run(["export", "csv", "samplings", "--store", store.path, "--values", "keys", "--no-bom"]).stdout
        let rows = after.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let originals = Dictionary(
            rows.filter { !$0[3].hasSuffix("-R") }.map { ($0[1] + "|" + $0[3], $0) }, uniquingKeysWith: { a, _ in a })
        let copies = rows.filter { $0.count > 15 && $0[3].hasSuffix("-R") }
        #expect(copies.count > 10)
        for copy in copies {
            let original = try #require(originals[copy[1] + "|" + String(copy[3].dropLast(2))])
            // segment, conclusion, commissioned: the keys again.
            #expect([copy[2], copy[6], copy[15]] == [original[2], original[6], original[15]], "\(copy)")
        }
    }
}
