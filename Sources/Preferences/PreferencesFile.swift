import Foundation
import PilotCore

/// Where the preferences file is and what it says. The file is optional: none means every default.
public enum PreferencesFile {
    public struct Loaded: Sendable {
        public let path: String
        public let exists: Bool
        public let preferences: Preferences
        public let problems: [PreferencesProblem]

        public init(path: String, exists: Bool, preferences: Preferences, problems: [PreferencesProblem]) {
            self.path = path
            self.exists = exists
            self.preferences = preferences
            self.problems = problems
        }
    }

    /// `$XDG_CONFIG_HOME/biopilot/config.toml`; `$HOME/.config/…` when XDG_CONFIG_HOME is unset, empty or relative
    /// (the XDG Base Directory spec ignores relative paths).
    public static func path(_ env: [String: String]) -> String {
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return config + "/biopilot/config.toml"
    }

    /// Reads and parses the file at `path(env)`.
    public static func read(_ env: [String: String], provinces: ProvinceTable) -> Loaded {
        let path = path(env)
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(path: path, exists: false, preferences: Preferences(), problems: [])
        }
        func unreadable(_ reason: Bilingual) -> Loaded {
            Loaded(path: path, exists: true, preferences: Preferences(), problems: [PreferencesProblem(.unreadable(reason))])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return unreadable(Bilingual(zh: "没有读取权限，或不是普通文件", en: "no permission to read it, or not a regular file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return unreadable(Bilingual(zh: "不是 UTF-8 文本", en: "not UTF-8 text"))
        }
        let parsed = PreferencesParser.parse(text, provinces: provinces)
        return Loaded(path: path, exists: true, preferences: parsed.preferences, problems: parsed.problems)
    }
}
