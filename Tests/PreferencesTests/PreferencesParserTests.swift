import DashboardUI
import PilotCore
import Testing

@testable import Preferences

@Suite struct PreferencesParserTests {
    func parse(_ text: String) -> (preferences: Preferences, problems: [PreferencesProblem]) {
        PreferencesParser.parse(text, provinces: bundledReference.provinces)
    }

    @Test func aGoodFileSetsEveryKey() {
        let parsed = parse(
            """
            # biopilot preferences
            home_province = "江苏"
            language = "zh"
            theme = "high-contrast"
            mouse = false
            default_sort = "stage"
            """)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.preferences.homeProvince?.code == "320000")
        #expect(parsed.preferences.language == .zh)
        #expect(parsed.preferences.theme == "high-contrast")
        #expect(parsed.preferences.mouse == false)
        #expect(parsed.preferences.defaultSort == .stage)
    }

    @Test func anEmptyFileSetsNothing() {
        let parsed = parse("")
        #expect(parsed.problems.isEmpty && parsed.preferences == Preferences())
    }

    @Test(arguments: [
        ("\"江苏\"", "320000"), ("\"江苏省\"", "320000"), ("32", "320000"), ("\"32\"", "320000"), ("\"320000\"", "320000"),
        ("\"Jiangsu\"", "320000"), ("\"苏\"", "320000"), ("\"广西\"", "450000"), ("\"内蒙古\"", "150000"), ("\"上海\"", "310000"),
        ("\"新疆\"", "650000"), ("\"新疆生产建设兵团\"", "XJBT"), ("\" 浙江 \"", "330000"),
    ])
    func homeProvinceAsUsersWriteIt(_ written: String, _ code: String) {
        let parsed = parse("home_province = \(written)")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.preferences.homeProvince?.code == code)
    }

    @Test func anUnknownProvinceIsReportedWithWhatIsAccepted() throws {
        let parsed = parse("home_province = \"火星\"")
        #expect(parsed.preferences.homeProvince == nil)
        let problem = try #require(parsed.problems.first)
        #expect(problem.kind == .badValue(.homeProvince, value: "火星"))
        let en = problem.message(file: "/home/a/.config/biopilot/config.toml", .en)
        #expect(en.contains("/home/a/.config/biopilot/config.toml") && en.contains("\"home_province\"") && en.contains("火星"))
        #expect(en.contains("GB/T code (32 or 320000)"))
        #expect(problem.message(file: "c.toml", .zh).contains("无法识别"))
    }

    @Test func anUnknownKeyIsReportedAndTheOthersStillApply() throws {
        let parsed = parse(
            """
            language = "en"
            home-province = "江苏"
            colour = "red"
            """)
        #expect(parsed.preferences.language == .en)
        #expect(parsed.preferences.homeProvince == nil)
        #expect(parsed.problems.count == 2)
        let meant = try #require(parsed.problems.first { $0.key == "home-province" })
        #expect(meant.kind == .unknownKey("home-province", meant: .homeProvince))
        let en = meant.message(file: "config.toml", .en)
        #expect(en.hasPrefix("config.toml: line 2: unknown key \"home-province\" (did you mean home_province?)"))
        #expect(en.contains("home_province, language, theme, mouse, default_sort"))
        let zh = meant.message(file: "config.toml", .zh)
        #expect(zh.contains("未知的键“home-province”") && zh.contains("已忽略此键"))
        #expect(parsed.problems.contains { $0.kind == .unknownKey("colour", meant: nil) })
    }

    @Test func aTableIsAnUnknownKey() {
        let parsed = parse("language = \"en\"\n\n[dashboard]\nmouse = false\n")
        #expect(parsed.preferences.mouse == nil)
        #expect(parsed.problems.map(\.kind) == [.unknownKey("dashboard", meant: nil)])
        #expect(parsed.problems.first?.line == 3)
    }

    @Test func aKeysLineIsFoundAsTOMLWritesIt() {
        let text = """
            # home-province = "no: a comment"
              "home-province" = "江苏"
            colour.fg = "red"
            'lang' = "en"
            [table]
            mouse = 1
            [ mouse ]
            """
        #expect(KeyLine.find("home-province", in: text) == 2)
        #expect(KeyLine.find("colour", in: text) == 3)
        #expect(KeyLine.find("lang", in: text) == 4)
        #expect(KeyLine.find("table", in: text) == 5)
        // `mouse = 1` belongs to [table]; the top-level mouse is the later header.
        #expect(KeyLine.find("mouse", in: text) == 7)
        #expect(KeyLine.find("theme", in: text) == nil)
    }

    @Test func wrongTypesAreReportedWithWhatWasFoundAndWhatIsAccepted() throws {
        let parsed = parse(
            """
            mouse = "no"
            language = 1
            theme = ["light"]
            default_sort = true
            home_province = 3.2
            """)
        #expect(parsed.preferences == Preferences())
        #expect(parsed.problems.count == 5)
        let mouse = try #require(parsed.problems.first { $0.key == "mouse" })
        #expect(
            mouse.message(file: "config.toml", .en)
                == "config.toml: line 1: \"mouse\" is a string (\"no\"); it takes true or false; ignored")
        #expect(
            mouse.message(file: "config.toml", .zh) == "config.toml：第 1 行：“mouse”的值是字符串（\"no\"），可接受的值：true 或 false；已忽略此键")
        // In the file's order, each with its line.
        #expect(parsed.problems.map(\.key) == ["mouse", "language", "theme", "default_sort", "home_province"])
        #expect(parsed.problems.map(\.line) == [1, 2, 3, 4, 5])
        let sort = try #require(parsed.problems.first { $0.key == "default_sort" })
        #expect(sort.message(file: "config.toml", .en).contains("\"id\", \"name\", \"province\", \"stage\", \"findings\""))
        let theme = try #require(parsed.problems.first { $0.key == "theme" })
        #expect(theme.message(file: "config.toml", .en).contains("is an array;"))
    }

    @Test func badValuesOfTheRightTypeAreReported() {
        let parsed = parse("language = \"fr\"\ndefault_sort = \"pinyin\"\ntheme = \"  \"\n")
        #expect(parsed.preferences == Preferences())
        let kinds = parsed.problems.map(\.kind)
        #expect(kinds.count == 3)
        #expect(kinds.contains(.badValue(.language, value: "fr")))
        #expect(kinds.contains(.badValue(.defaultSort, value: "pinyin")))
        #expect(kinds.contains(.badValue(.theme, value: "  ")))
    }

    @Test func aSyntaxErrorNamesTheLineAndIgnoresTheWholeFile() throws {
        let parsed = parse(
            """
            language = "zh"
            home_province = 江苏
            """)
        #expect(parsed.preferences == Preferences())
        let problem = try #require(parsed.problems.first)
        #expect(parsed.problems.count == 1)
        #expect(problem.line == 2)
        let en = problem.message(file: "/x/config.toml", .en)
        #expect(en.hasPrefix("/x/config.toml: line 2, column 17: not valid TOML ("))
        #expect(en.hasSuffix("the whole file is ignored, using the defaults"))
        #expect(problem.message(file: "/x/config.toml", .zh).hasPrefix("/x/config.toml：第 2 行第 17 列不是有效的 TOML"))
    }

    @Test func aDuplicateKeyIsASyntaxError() {
        let parsed = parse("mouse = true\nmouse = false\n")
        #expect(parsed.problems.first?.line == 2)
    }
}
