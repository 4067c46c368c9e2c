import PilotCore

public enum Pane: Int, CaseIterable, Sendable {
    case products = 1, calendar, sampling, coverage

    public var title: Bilingual {
        switch self {
        case .products: return Strings.paneProducts
        case .calendar: return Strings.paneCalendar
        case .sampling: return Strings.paneSampling
        case .coverage: return Strings.paneCoverage
        }
    }

    /// The one-word name a narrow header uses.
    public var shortTitle: Bilingual {
        switch self {
        case .products: return Bilingual(zh: "品种", en: "Products")
        case .calendar: return Bilingual(zh: "日历", en: "Calendar")
        case .sampling: return Bilingual(zh: "抽检", en: "Sampling")
        case .coverage: return Bilingual(zh: "覆盖", en: "Coverage")
        }
    }
}
