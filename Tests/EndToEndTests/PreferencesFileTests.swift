import Foundation
import Testing

/// The preferences file ($XDG_CONFIG_HOME/biopilot/config.toml) as the real binary reads it.
@Suite struct PreferencesFileTests {
    /// A config directory holding `text` as biopilot/config.toml; removed with the object.
    final class ConfigHome {
        let path = NSTemporaryDirectory() + "biopilot-e2e-config-" + UUID().uuidString
        var file: String { path + "/biopilot/config.toml" }
        init(_ text: String) throws {
            try FileManager.default.createDirectory(atPath: path + "/biopilot", withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var environment: [String: String] { ["XDG_CONFIG_HOME": path] }
    }

    @Test func coverageOpensOnTheHomeProvince() throws {
        let store = try TempStore.demo(today: "2026-11-22")
        let render = ["render", "--store", store.path, "--today", "2026-11-22", "--screen", "coverage", "--size", "80x24", "--lang", "en"]
        let everyProvince = try CLI.run(render)
        #expect(everyProvince.stdout.contains(" Beijing ") && everyProvince.stdout.contains(" Jiangsu "))
        let config = try ConfigHome("home_province = \"江苏\"\n")
        let home = try CLI.run(render, environment: config.environment)
        #expect(home.status == 0 && home.stderr.isEmpty, "\(home.stderr)")
        let lines = home.stdout.split(separator: "\n")
        #expect(lines[1].hasPrefix(" 2026 Jiangsu: "), "\(home.stdout)")
        #expect(lines[3].hasPrefix("     Jiangsu "))
        #expect(!home.stdout.contains("Beijing") && !home.stdout.contains("Shanghai"))
        // The same by code, and in Chinese.
        let byCode = try ConfigHome("home_province = 32\nlanguage = \"zh\"\n")
        let zh = try CLI.run(Array(render.dropLast(2)), environment: byCode.environment)
        #expect(zh.stdout.split(separator: "\n")[1].hasPrefix(" 2026 年 江苏省覆盖 "), "\(zh.stdout)")
    }

    /// The dashboard itself, in tmux at 80×24: Chinese, the products by stage, no mouse, coverage on Jiangsu, and
    /// the bad key reported in the messages and (after quitting) on the terminal.
    @Test func theDashboardOpensAsTheFileSays() throws {
        let config = try ConfigHome(
            "home_province = \"江苏省\"\nlanguage = \"zh\"\ndefault_sort = \"stage\"\nmouse = false\ncolour = \"red\"\n")
        let xdg = TempStore()
        let s = try DashboardTmuxTests.Session(
            command: "env XDG_CONFIG_HOME=\(config.path) " + DashboardTmuxTests.command(xdg.path), width: 80, height: 24)
        var screen = try s.waitFor("试点品种", "[M]")
        // By stage: the first row is a product in enterprise assessment, not P01 by id.
        let rows = screen.split(separator: "\n")
        #expect(rows[1].hasPrefix("编号") && rows[2].contains("企业评估"), "\(screen)")
        #expect(try s.tmux(["display", "-p", "-t", s.name, "#{mouse_any_flag}"]).stdout.hasPrefix("0"))
        // The problem is too long for the status line at 80 columns: it is shown whole until a key is pressed.
        #expect(screen.contains("按任意键继续") && screen.contains("colour"), "\(screen)")
        try s.keys("Escape", "4")
        // The header and the status line, drawn last: the capture holds the whole coverage frame, not the header
        // over the products list still being replaced (which names 北京市 and 上海市).
        screen = try s.waitFor(" 2026 年 江苏省覆盖 ", " 年度覆盖 │")
        #expect(!screen.contains("北京市") && !screen.contains("上海市"), "\(screen)")
        try s.keys("M")
        try s.waitFor("未知的键“colour”")
        try s.keys("Escape", "q")
        screen = try s.waitFor("EXIT=0")
        // The terminal wraps the line at 80 columns.
        #expect(screen.contains("biopilot: \(config.path.prefix(40))"))
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("未知的键“colour”"))
    }

    @Test func languageAppliesToEveryCommandAndTheCommandLineWins() throws {
        let store = try TempStore.demo(today: "2026-11-22")
        let config = try ConfigHome("language = \"zh\"\n")
        let coverage = try CLI.run(["coverage", "--store", store.path, "--today", "2026-11-22"], environment: config.environment)
        #expect(coverage.stdout.hasPrefix("2026 年度覆盖"), "\(coverage.stdout)")
        let english = try CLI.run(
            ["coverage", "--store", store.path, "--today", "2026-11-22", "--lang", "en"], environment: config.environment)
        #expect(english.stdout.hasPrefix("Coverage 2026"))
        let unknown = try CLI.run(["nosuch"], environment: config.environment)
        #expect(unknown.stderr.hasPrefix("biopilot：未知命令“nosuch”"))
    }

    @Test func problemsAreReportedAndTheCommandGoesOn() throws {
        let store = try TempStore.demo(today: "2026-11-22")
        let config = try ConfigHome("language = \"en\"\nmouse = \"no\"\nhome-province = \"江苏\"\n")
        let render = try CLI.run(
            ["render", "--store", store.path, "--today", "2026-11-22", "--screen", "coverage"], environment: config.environment)
        #expect(render.status == 0)
        #expect(render.stderr.contains("biopilot: \(config.file): line 2: \"mouse\" is a string (\"no\"); it takes true or false; ignored"))
        #expect(render.stderr.contains("unknown key \"home-province\" (did you mean home_province?)"))
        // The bad key is ignored, the good one applies: every province is shown, in English.
        #expect(render.stdout.contains(" Beijing "))

        let broken = try ConfigHome("language = \"zh\"\nhome_province = 江苏\n")
        let syntax = try CLI.run(
            ["render", "--store", store.path, "--today", "2026-11-22", "--screen", "coverage"], environment: broken.environment)
        #expect(syntax.status == 0)
        #expect(syntax.stderr.contains("\(broken.file): line 2, column 17: not valid TOML"), "\(syntax.stderr)")
        #expect(syntax.stdout.contains("Annual coverage"))
    }

    @Test func configShowsThePathTheValuesAndWhereEachCameFrom() throws {
        let config = try ConfigHome("home_province = \"浙江\"\ndefault_sort = \"name\"\n")
        let shown = try CLI.run(["config", "--lang", "en"], environment: config.environment)
        #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("Preferences file: \(config.file)\n"))
        let rows = shown.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(rows.contains("home_province Zhejiang (330000) config file"))
        #expect(rows.contains("language en command line --lang"))
        #expect(rows.contains("default_sort name config file"))
        #expect(rows.contains("mouse true default"))
        #expect(try CLI.run(["config", "--path"], environment: config.environment).stdout == config.file + "\n")
        #expect(try CLI.run(["config", "--check"], environment: config.environment).status == 0)

        let bad = try ConfigHome("theme = \"neon\"\nmouse = 1\n")
        // The test runner sets NO_COLOR, which would keep the mono theme and never look for "neon".
        let check = try CLI.run(["config", "--check", "--lang", "zh"], environment: bad.environment.merging(["NO_COLOR": ""]) { $1 })
        #expect(check.status == 1)
        #expect(check.stderr.contains("“mouse”的值是整数（1）"))
        #expect(check.stderr.contains("theme \"neon\" not found"))
    }
}
