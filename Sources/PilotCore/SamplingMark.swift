/// What a product's supervisory samplings of one segment show for the year: none, sampled with the report
/// pending, a report issued, or a `fail` not resolved by a passing re-test (which outranks everything).
public enum SamplingMark: String, Hashable, Sendable, Comparable {
    case none
    case pending
    case issued
    case failed

    /// Sampled in the year, whatever the result: what the sampling requirement asks for.
    public var sampled: Bool { self != .none }

    static func of(_ sampling: Sampling) -> SamplingMark { of(conclusion: sampling.conclusion, retest: sampling.retest) }

    /// The mark of a sampling with this conclusion and re-test, for a sampling read in place.
    static func of(conclusion: SamplingConclusion, retest: Retest?) -> SamplingMark {
        switch conclusion {
        case .pending: return .pending
        case .pass: return .issued
        case .fail: return retest?.result == .pass ? .issued : .failed
        }
    }

    public static func < (a: SamplingMark, b: SamplingMark) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .none: return 0
        case .pending: return 1
        case .issued: return 2
        case .failed: return 3
        }
    }
}

extension SamplingMark {
    /// How a report cell shows it: a pending result is not an issued one, and an unresolved fail says so.
    public var label: Bilingual {
        switch self {
        case .none: return Bilingual(zh: "✗", en: "✗")
        case .pending: return Bilingual(zh: "检验中", en: "at lab")
        case .issued: return Bilingual(zh: "✓", en: "✓")
        case .failed: return Bilingual(zh: "不符合规定", en: "fail")
        }
    }
}
