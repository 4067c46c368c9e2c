import PilotCore

/// A month's inspection mark in the coverage matrix; of several in a month the strongest shows, a completed
/// full-system inspection first.
enum CoverageMonthMark {
    case planned, plannedFull, inspected, full

    var rank: Int {
        switch self {
        case .planned: return 0
        case .plannedFull: return 1
        case .inspected: return 2
        case .full: return 3
        }
    }

    /// 全 full-system inspection done, 检 another inspection done, 计 planned; G/I done, g/i planned in English.
    var label: Bilingual {
        switch self {
        case .planned: return Bilingual(zh: "计", en: "i")
        case .plannedFull: return Bilingual(zh: "计", en: "g")
        case .inspected: return Bilingual(zh: "检", en: "I")
        case .full: return Bilingual(zh: "全", en: "G")
        }
    }

    var style: Style {
        switch self {
        case .planned, .plannedFull: return Style(.info, bold: true)
        case .inspected: return Style(.ok)
        case .full: return Style(.ok, bold: true)
        }
    }
}
