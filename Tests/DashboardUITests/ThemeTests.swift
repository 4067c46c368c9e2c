import Foundation
import Testing

@testable import DashboardUI

@Suite struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesParseWithoutProblems(_ name: String) throws {
        let text = try String(contentsOf: Self.themes.appendingPathComponent("\(name).theme"), encoding: .utf8)
        let theme = Theme(name: name, text: text, fallback: .default)
        #expect(theme.problems.isEmpty, "\(theme.problems)")
        for role in Role.allCases { #expect(theme.entries[role] != nil) }
    }

    @Test func compiledInThemesMatchTheFiles() throws {
        #expect(try String(contentsOf: Self.themes.appendingPathComponent("default.theme"), encoding: .utf8) == Theme.defaultText)
        #expect(try String(contentsOf: Self.themes.appendingPathComponent("mono.theme"), encoding: .utf8) == Theme.monoText)
    }

    @Test func unknownKeysAndBadValuesAreReportedMissingKeysFallBack() {
        let theme = Theme(name: "mine", text: "error = #ff0000 bold\nsparkle = red\nwarning = purple\nok = green on\n", fallback: .default)
        #expect(theme.entry(.error).foreground == .rgb(255, 0, 0) && theme.entry(.error).bold)
        #expect(theme.problems.count == 3)
        #expect(theme.problems[0].contains("line 2") && theme.problems[0].contains("sparkle"))
        #expect(theme.entry(.warning) == Theme.default.entry(.warning))
        #expect(theme.entry(.header) == Theme.default.entry(.header))
    }

    @Test func coloursMapToWhatTheTerminalHas() {
        #expect(ThemeColor.rgb(255, 0, 0).index(colors: 256) == 196)
        #expect(ThemeColor.rgb(0x30, 0x30, 0x30).index(colors: 256) == 236)
        #expect(ThemeColor.rgb(255, 0, 0).index(colors: 16) == 9)
        #expect(ThemeColor.rgb(255, 0, 0).index(colors: 8) == 1)
        #expect(ThemeColor.ansi(12).index(colors: 8) == 4)
        #expect(ThemeColor.terminalDefault.index(colors: 256) == -1)
    }
}
