import ArgumentParser
import Exchange
import Foundation
import PilotCore
import Preferences

/// `biopilot config`: the preferences file's path, each setting in force and where it came from, and the file's
/// problems (exit 1 when there are any).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the preferences file ($XDG_CONFIG_HOME/biopilot/config.toml), the settings in force and where each comes from.")

    @Option(name: .long, help: "Language of the output: zh or en (default: the config file's language, else LC_ALL / LANG).")
    var lang: Language?

    @Flag(name: .long, help: "Print only the path of the preferences file.")
    var path = false

    @Flag(name: .long, help: "Print only the file's problems; exit 1 if there are any.")
    var check = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let loaded = UserPreferences.loaded
        let settings = EffectiveSettings(file: loaded.preferences, lang: lang, theme: nil, mouse: nil, environment: environment)
        let L = settings.language.value
        if path {
            emit(loaded.path + "\n")
            return
        }
        var problems = UserPreferences.problems(L)
        // A theme that is named but cannot be found or read is a problem of the settings too.
        problems += ThemeFiles.load(name: settings.theme.value, env: environment).problems.map { "biopilot: " + $0 }
        if !check {
            let state =
                loaded.exists
                ? ""
                : Bilingual(zh: "（文件不存在，全部使用默认设置）", en: " (no such file: every setting at its default)")[L]
            emit(Bilingual(zh: "配置文件：", en: "Preferences file: ")[L] + loaded.path + state + "\n\n")
            let everyProvince = Bilingual(zh: "（全部省份）", en: "(every province)")[L]
            let province = settings.homeProvince.value.map { Bilingual(zh: $0.name, en: "\($0.en) (\($0.code))")[L] } ?? everyProvince
            let rows: [[String]] = [
                [PreferenceKey.homeProvince.rawValue, province, settings.homeProvince.source.label[L]],
                [PreferenceKey.language.rawValue, settings.language.value.rawValue, settings.language.source.label[L]],
                [PreferenceKey.theme.rawValue, settings.theme.value, settings.theme.source.label[L]],
                [PreferenceKey.mouse.rawValue, String(settings.mouse.value), settings.mouse.source.label[L]],
                [PreferenceKey.defaultSort.rawValue, settings.defaultSort.value.rawValue, settings.defaultSort.source.label[L]],
            ]
            let header = [Bilingual(zh: "键", en: "key"), Bilingual(zh: "值", en: "value"), Bilingual(zh: "来源", en: "from")]
            emit(TextTable.render(header: header.map { $0[L] }, rows: rows))
        } else if problems.isEmpty {
            emit(Bilingual(zh: "\(loaded.path)：没有问题\n", en: "\(loaded.path): no problems\n")[L])
        }
        for problem in problems { printError(problem) }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
