import DashboardUI
import PilotCore

/// The settings in force: the command line wins over the environment's own biopilot variables, those over the
/// preferences file, and the file over the locale and biopilot's defaults. NO_COLOR keeps the mono theme
/// whatever else is set, as it always has.
public struct EffectiveSettings: Equatable, Sendable {
    public let language: Setting<Language>
    public let theme: Setting<String>
    public let mouse: Setting<Bool>
    public let defaultSort: Setting<ProductSort>
    /// No province: the coverage pane shows every province.
    public let homeProvince: Setting<Province?>

    /// The options as given on the command line (nil where not given).
    public init(file: Preferences, lang: Language?, theme: String?, mouse: Bool?, environment env: [String: String]) {
        func set(_ name: String) -> String? { env[name].flatMap { $0.isEmpty ? nil : $0 } }
        let localeVariable = ["LC_ALL", "LC_MESSAGES", "LANG"].first { set($0) != nil }
        language = Setting.first(
            [
                (lang, .commandLine("--lang")), (file.language, .file),
                (localeVariable.map { _ in Language.fromEnvironment(env) }, .environment(localeVariable ?? "LANG")),
            ], else: .en)
        self.theme = Setting.first(
            [
                (set("NO_COLOR").map { _ in "mono" }, .environment("NO_COLOR")), (theme, .commandLine("--theme")),
                (set("BIOPILOT_THEME"), .environment("BIOPILOT_THEME")), (file.theme, .file),
            ], else: "default")
        self.mouse = Setting.first([(mouse, .commandLine(mouse == false ? "--no-mouse" : "--mouse")), (file.mouse, .file)], else: true)
        defaultSort = Setting.first([(file.defaultSort, .file)], else: .id)
        homeProvince = Setting.first([(file.homeProvince.map(Optional.some), .file)], else: nil)
    }
}
