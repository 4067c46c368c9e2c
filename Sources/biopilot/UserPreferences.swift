import Foundation
import PilotCore
import Preferences

/// The preferences file of the user running biopilot, read once, when a command first asks.
enum UserPreferences {
    static let loaded = PreferencesFile.read(
        ProcessInfo.processInfo.environment, provinces: (try? ReferenceData.load())?.provinces ?? ProvinceTable([]))

    static var file: Preferences { loaded.preferences }

    /// The file's problems, one line each, in `language`: for stderr, or `brief` for the dashboard's status line
    /// (the path from ~, no program name).
    static func problems(_ language: Language, brief: Bool = false) -> [String] {
        let home = ProcessInfo.processInfo.environment["HOME"].map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let path = home.flatMap { brief && loaded.path.hasPrefix($0) ? "~/" + loaded.path.dropFirst($0.count) : nil } ?? loaded.path
        return loaded.problems.map { (brief ? "" : "biopilot: ") + $0.message(file: path, language) }
    }
}
