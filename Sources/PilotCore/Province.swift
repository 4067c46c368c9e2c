import Foundation

/// A provincial-level jurisdiction: GB/T 2260 code (新疆生产建设兵团 is `XJBT`), name, abbreviation.
public struct Province: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    /// The one-character abbreviation used in licence numbers (沪, 苏, 京 …).
    public let short: String
    public let en: String

    public func displayName(_ language: Language) -> String { language == .zh ? name : en }

    private struct File: Decodable { let provinces: [Province] }

    /// The provinces shipped with biopilot, in GB/T 2260 order.
    public static let all: [Province] = {
        guard let url = Bundle.module.url(forResource: "provinces", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else {
            fatalError("biopilot's bundled provinces.json is missing or invalid; reinstall biopilot")
        }
        return file.provinces
    }()

    private static let byCode: [String: Province] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    public static func named(code: String) -> Province? { byCode[code] }
}
