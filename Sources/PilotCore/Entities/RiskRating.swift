/// Risk rating in the PIC/S PI 037-1 style: intrinsic risk × compliance risk → relative risk.
public struct RiskRating: Hashable, Sendable, Codable {
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case low, medium, high
        public static func < (a: Level, b: Level) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
        public var label: Bilingual {
            switch self {
            case .low: return Bilingual(zh: "低", en: "low")
            case .medium: return Bilingual(zh: "中", en: "medium")
            case .high: return Bilingual(zh: "高", en: "high")
            }
        }
    }

    public var intrinsic: Level
    public var compliance: Level

    public init(intrinsic: Level, compliance: Level) {
        self.intrinsic = intrinsic
        self.compliance = compliance
    }

    /// The matrix as a product of scores (low 1, medium 2, high 3): 1–2 low, 3–4 medium, 6–9 high.
    public var relative: Level {
        func score(_ l: Level) -> Int { Level.allCases.firstIndex(of: l)! + 1 }
        switch score(intrinsic) * score(compliance) {
        case ...2: return .low
        case ...4: return .medium
        default: return .high
        }
    }
}
