/// What a due item is: one case per source of dates someone owes. A new source (the risk-control measures)
/// adds a case here and one function in `DueList.sources`.
public enum DueKind: String, CaseIterable, Hashable, Sendable, Codable {
    case rectificationReport
    case overallAssessment
    case labReport
    case retestWindow
    case plannedInspection
    case inspectionRecord
    case coverageGap
    case residentStaff
    case enterpriseAssessment
    case provinceSummary
    case pilotEnd
    case measure
    case licenceRenewal
    case licenceExpiry

    public var label: Bilingual {
        switch self {
        case .rectificationReport: return Bilingual(zh: "整改报告", en: "rectification report")
        case .overallAssessment: return Bilingual(zh: "综合评定", en: "overall assessment")
        case .labReport: return Bilingual(zh: "检验报告", en: "lab report")
        case .retestWindow: return Bilingual(zh: "复验申请期", en: "re-test window")
        case .plannedInspection: return Bilingual(zh: "计划检查", en: "planned inspection")
        case .inspectionRecord: return Bilingual(zh: "检查结果录入", en: "inspection result")
        case .coverageGap: return Bilingual(zh: "年度覆盖", en: "annual coverage")
        case .residentStaff: return Bilingual(zh: "驻厂人员", en: "resident staff")
        case .enterpriseAssessment: return Bilingual(zh: "企业评估", en: "enterprise assessment")
        case .provinceSummary: return Bilingual(zh: "试点工作总结", en: "pilot summary")
        case .pilotEnd: return Bilingual(zh: "试点结束", en: "pilot ends")
        case .measure: return Bilingual(zh: "风险控制措施", en: "risk-control measure")
        case .licenceRenewal: return Bilingual(zh: "许可证换发申请", en: "licence re-issue application")
        case .licenceExpiry: return Bilingual(zh: "许可证到期", en: "licence expires")
        }
    }
}
