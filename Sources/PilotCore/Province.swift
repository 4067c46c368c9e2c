import Foundation

/// A provincial-level jurisdiction: GB/T 2260 code (新疆生产建设兵团 is `XJBT`), name, abbreviation.
public struct Province: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    /// The one-character abbreviation used in licence numbers (沪, 苏, 京 …).
    public let short: String
    public let en: String

    public func displayName(_ language: Language) -> String { language == .zh ? name : en }
}
