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

    /// The rule's short title (整改报告期限, 抽检不符合规定 …); `rule` stays the id scripts read.
    public var title: Bilingual { Rule.catalog.first { $0.id == rule }?.shortTitle ?? Bilingual(zh: rule, en: rule) }

    /// How people name the rule: its title, and in English also its id (no internal id on a Chinese screen).
    public var ruleName: Bilingual { Bilingual(zh: title.zh, en: "\(title.en) (\(rule))") }

    /// The work-plan section or regulation the finding rests on; nil for a check without one (record references).
    public var citation: String? { section == "—" ? nil : section }

    /// The rule's name and citation, as a report line starts: "整改报告期限 [《药品检查管理办法（试行）》]".
    public func heading(_ L: Language) -> String { ruleName[L] + (citation.map { " [\($0)]" } ?? "") }
}
