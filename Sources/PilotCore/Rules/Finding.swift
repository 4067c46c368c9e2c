/// One thing the rules engine found: how bad, which rule and seed section, which product or record, and why.
public struct Finding: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case error, warning, info
        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
        public var label: Bilingual {
            switch self {
            case .error: return Bilingual(zh: "错误", en: "error")
            case .warning: return Bilingual(zh: "警告", en: "warning")
            case .info: return Bilingual(zh: "提示", en: "info")
            }
        }
    }

    public struct RecordRef: Hashable, Sendable, Codable {
        public let kind: EntityKind
        public let id: String
        public init(_ kind: EntityKind, _ id: String) {
            self.kind = kind
            self.id = id
        }
    }

    public let severity: Severity
    /// Rule id from `Rule.catalog` (R1 … R13) or a record check (deadline.rectification …).
    public let rule: String
    /// Section of the work plan, e.g. 五(二).
    public let section: String
    public let productId: String?
    public let record: RecordRef?
    public let message: Bilingual

    public init(_ severity: Severity, _ rule: Rule, productId: String?, record: RecordRef? = nil, _ message: Bilingual) {
        self.severity = severity
        self.rule = rule.id
        self.section = rule.section
        self.productId = productId
        self.record = record
        self.message = message
    }
}
