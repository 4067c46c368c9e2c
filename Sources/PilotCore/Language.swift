/// The two interface languages. Domain messages carry both so any screen or report can pick.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// `zh*` in LC_ALL, then LC_MESSAGES, then LANG → Chinese; anything else → English.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
