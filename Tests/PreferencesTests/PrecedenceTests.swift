import DashboardUI
import Foundation
import PilotCore
import Testing

@testable import Preferences

@Suite struct PrecedenceTests {
    let file = Preferences(
        homeProvince: bundledReference.provinces.matching("江苏"), language: .zh, theme: "light", mouse: false, defaultSort: .name)

    @Test func theFileWinsOverTheLocaleAndTheDefaults() {
        let s = EffectiveSettings(file: file, lang: nil, theme: nil, mouse: nil, environment: ["LANG": "en_US.UTF-8"])
        #expect(s.language == Setting(.zh, .file))
        #expect(s.theme == Setting("light", .file))
        #expect(s.mouse == Setting(false, .file))
        #expect(s.defaultSort == Setting(.name, .file))
        #expect(s.homeProvince.value?.code == "320000" && s.homeProvince.source == .file)
    }

    @Test func theCommandLineWinsOverTheFile() {
        let s = EffectiveSettings(file: file, lang: .en, theme: "mono", mouse: true, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(s.language == Setting(.en, .commandLine("--lang")))
        #expect(s.theme == Setting("mono", .commandLine("--theme")))
        #expect(s.mouse == Setting(true, .commandLine("--mouse")))
        let off = EffectiveSettings(file: Preferences(mouse: true), lang: nil, theme: nil, mouse: false, environment: [:])
        #expect(off.mouse == Setting(false, .commandLine("--no-mouse")))
    }

    @Test func withoutAFileTheLocaleAndTheDefaultsApply() {
        let s = EffectiveSettings(
            file: Preferences(), lang: nil, theme: nil, mouse: nil, environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"])
        #expect(s.language == Setting(.zh, .environment("LANG")))
        #expect(s.theme == Setting("default", .builtIn))
        #expect(s.mouse == Setting(true, .builtIn))
        #expect(s.defaultSort == Setting(.id, .builtIn))
        #expect(s.homeProvince == Setting(nil, .builtIn))
        let bare = EffectiveSettings(file: Preferences(), lang: nil, theme: nil, mouse: nil, environment: [:])
        #expect(bare.language == Setting(.en, .builtIn))
    }

    @Test func biopilotsOwnThemeVariableWinsOverTheFileAndNoColorOverEverything() {
        let variable = EffectiveSettings(file: file, lang: nil, theme: nil, mouse: nil, environment: ["BIOPILOT_THEME": "mono"])
        #expect(variable.theme == Setting("mono", .environment("BIOPILOT_THEME")))
        let noColor = EffectiveSettings(file: file, lang: nil, theme: "light", mouse: nil, environment: ["NO_COLOR": "1"])
        #expect(noColor.theme == Setting("mono", .environment("NO_COLOR")))
    }

    @Test func theFileIsFoundTheXDGWay() {
        #expect(PreferencesFile.path(["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"]) == "/cfg/biopilot/config.toml")
        #expect(PreferencesFile.path(["XDG_CONFIG_HOME": "", "HOME": "/home/a"]) == "/home/a/.config/biopilot/config.toml")
        #expect(PreferencesFile.path(["HOME": "/home/a"]) == "/home/a/.config/biopilot/config.toml")
        // The spec ignores a relative path.
        #expect(PreferencesFile.path(["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"]) == "/home/a/.config/biopilot/config.toml")
    }

    @Test func aMissingFileIsNoProblemAnUnreadableOneIs() throws {
        let dir = NSTemporaryDirectory() + "biopilot-prefs-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = PreferencesFile.read(["XDG_CONFIG_HOME": dir], provinces: bundledReference.provinces)
        #expect(!missing.exists && missing.problems.isEmpty && missing.path == dir + "/biopilot/config.toml")
        try FileManager.default.createDirectory(atPath: dir + "/biopilot", withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: missing.path))
        let binary = PreferencesFile.read(["XDG_CONFIG_HOME": dir], provinces: bundledReference.provinces)
        #expect(binary.problems.map(\.kind) == [.unreadable(Bilingual(zh: "不是 UTF-8 文本", en: "not UTF-8 text"))])
        try "home_province = \"浙江省\"\n".write(toFile: missing.path, atomically: true, encoding: .utf8)
        let good = PreferencesFile.read(["XDG_CONFIG_HOME": dir], provinces: bundledReference.provinces)
        #expect(good.exists && good.problems.isEmpty && good.preferences.homeProvince?.code == "330000")
    }
}
