import PilotCore

public enum SamplingSort: String, ListSort {
    case newest, product, lab, result

    public var label: Bilingual {
        switch self {
        case .newest: return Bilingual(zh: "抽样日期", en: "date")
        case .product: return Bilingual(zh: "品种", en: "product")
        case .lab: return Bilingual(zh: "检验机构", en: "lab")
        case .result: return Bilingual(zh: "结论（不符合规定、逾期在前）", en: "result (fails and overdue first)")
        }
    }
}
