/// The finding a risk-control measure answers: an inspection (a "不符合要求" conclusion, defects) or a sampling
/// (a batch that failed). Stored as `{"kind": "inspection", "id": "INS-0003"}`.
public struct AnsweredFinding: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case inspection, sampling

        public var label: Bilingual {
            switch self {
            case .inspection: Bilingual(zh: "检查", en: "inspection")
            case .sampling: Bilingual(zh: "抽检", en: "sampling")
            }
        }
    }

    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }
}
