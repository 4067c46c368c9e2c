import Foundation
import PilotCore
import Preferences

/// The preferences file of the user running biopilot, read once, when a command first asks.
enum UserPreferences {
    static let loaded = PreferencesFile.read(
        ProcessInfo.processInfo.environment, provinces: (try? ReferenceData.load())?.provinces ?? ProvinceTable([]))

    static var file: Preferences { loaded.preferences }

    /// The file's problems, one line each, in `language`.
    static func problems(_ language: Language) -> [String] {
        loaded.problems.map { "biopilot: " + $0.message(file: loaded.path, language) }
    }
}
