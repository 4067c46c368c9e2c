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
