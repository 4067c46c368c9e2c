extension Rule {
    /// A few words naming the rule where a finding starts its line (整改报告期限, 利益冲突回避); `title` states the
    /// requirement in full. The record checks' titles are short already.
    public var shortTitle: Bilingual {
        switch id {
        case Rule.scope.id: return Bilingual(zh: "试点范围", en: "Pilot scope")
        case Rule.contractExperience.id: return Bilingual(zh: "受托方生产经验", en: "Contract manufacturer's experience")
        case Rule.unifiedQualitySystem.id: return Bilingual(zh: "统一质量管理体系", en: "Unified quality system")
        case Rule.liability.id: return Bilingual(zh: "责任赔偿能力", en: "Liability capacity")
        case Rule.applicationDeadline.id: return Bilingual(zh: "试点申请期限", en: "Application deadline")
        case Rule.jointPlan.id: return Bilingual(zh: "跨省共同研究方案", en: "Joint cross-province plan")
        case Rule.approvalOrder.id: return Bilingual(zh: "审核确认顺序", en: "Approval order")
        case Rule.residentStaff.id: return Bilingual(zh: "驻厂技术人员", en: "Resident staff")
        case Rule.documentAddresses.id: return Bilingual(zh: "证照载明生产地址", en: "Addresses in the documents")
        case Rule.annualCoverage.id: return Bilingual(zh: "年度全覆盖检查和抽检", en: "Annual coverage")
        case Rule.pilotEnd.id: return Bilingual(zh: "试点结束与总结", en: "Pilot end and summary")
        case Rule.vaccines.id: return Bilingual(zh: "疫苗分段生产要求", en: "Vaccine requirements")
        case Rule.conflictOfInterest.id: return Bilingual(zh: "利益冲突回避", en: "Conflict of interest")
        default: return title
        }
    }
}
