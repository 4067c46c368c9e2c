/// Where a risk-control measure stands.
public enum MeasureStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// 未办结: still owed.
    case open
    /// 已办结: carried out, with the day and the evidence.
    case done
    /// 已解除: lifted (a suspension or a seizure ended) before or instead of being carried out.
    case lifted

    public var label: Bilingual {
        switch self {
        case .open: Bilingual(zh: "未办结", en: "open")
        case .done: Bilingual(zh: "已办结", en: "done")
        case .lifted: Bilingual(zh: "已解除", en: "lifted")
        }
    }
}
