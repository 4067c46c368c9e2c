import DashboardUI
import Foundation

/// Finds and reads theme files: `--theme NAME` or `BIOPILOT_THEME`, looked up in
/// `$XDG_CONFIG_HOME/biopilot/themes/` and then in the `themes/` folder shipped with biopilot.
/// A theme that cannot be read falls back to the default with a message; NO_COLOR means mono.
enum ThemeFiles {
    struct Loaded {
        let theme: Theme
        /// What the user should be told (a missing file, unknown keys), shown in the status line.
        let problems: [String]
    }

    static func searchDirectories(_ env: [String: String]) -> [String] {
        var dirs: [String] = []
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? ".") + "/.config")
        dirs.append(config + "/biopilot/themes")
        // The themes folder of the source tree or installation: beside the executable or above it.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            dirs.append(dir.appendingPathComponent("themes").path)
            dirs.append(dir.appendingPathComponent("share/biopilot/themes").path)
            dir = dir.deletingLastPathComponent()
        }
        dirs.append(FileManager.default.currentDirectoryPath + "/themes")
        return dirs
    }

    static func load(name requested: String?, env: [String: String]) -> Loaded {
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return Loaded(theme: .mono, problems: []) }
        let name = requested ?? env["BIOPILOT_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let path: String?
        if name.contains("/") || name.hasSuffix(".theme") {
            path = FileManager.default.fileExists(atPath: name) ? name : nil
        } else {
            path = searchDirectories(env).map { "\($0)/\(name).theme" }.first { FileManager.default.fileExists(atPath: $0) }
        }
        guard let path else {
            if name == "default" { return Loaded(theme: .default, problems: []) }
            if name == "mono" { return Loaded(theme: .mono, problems: []) }
            return Loaded(
                theme: .default,
                problems: [
                    "theme \"\(name)\" not found (looked in \(searchDirectories(env).prefix(2).joined(separator: ", ")), …); using default"
                ])
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return Loaded(theme: .default, problems: ["theme file \(path) cannot be read as UTF-8 text; using default"])
        }
        let theme = Theme(name: (path as NSString).lastPathComponent, text: text, fallback: .default)
        return Loaded(theme: theme, problems: theme.problems)
    }
}
