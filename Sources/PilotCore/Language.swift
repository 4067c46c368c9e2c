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

/// A text in both languages.
public struct Bilingual: Hashable, Sendable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public subscript(_ language: Language) -> String { language == .zh ? zh : en }
}
