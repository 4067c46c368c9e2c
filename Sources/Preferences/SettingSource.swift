import PilotCore

/// Where a setting's value came from.
public enum SettingSource: Equatable, Sendable {
    /// An option on the command line, such as `--lang`.
    case commandLine(String)
    /// An environment variable, such as `LANG` or `BIOPILOT_THEME`.
    case environment(String)
    /// The preferences file.
    case file
    /// biopilot's own default.
    case builtIn

    public var label: Bilingual {
        switch self {
        case .commandLine(let option): Bilingual(zh: "命令行 \(option)", en: "command line \(option)")
        case .environment(let name): Bilingual(zh: "环境变量 \(name)", en: "environment \(name)")
        case .file: Bilingual(zh: "配置文件", en: "config file")
        case .builtIn: Bilingual(zh: "默认", en: "default")
        }
    }
}
