import PilotCore

/// The words for a stored field in the audit trail: "名称", "检验结论", not `name`, `conclusion`. Keys are the
/// store's JSON keys; one missing here is shown as its key, so a new field is never hidden.
enum FieldLabels {
    static func label(_ kind: EntityKind, _ key: String) -> Bilingual {
        (byKind[kind]?.first { $0.key == key }?.label ?? shared[key]) ?? Bilingual(zh: key, en: key)
    }

    /// Fields in the order a form shows them; keys not listed come after, alphabetically.
    static func ordered(_ kind: EntityKind, _ keys: Set<String>) -> [String] {
        let known = (byKind[kind] ?? []).map(\.key)
        return known.filter(keys.contains) + keys.subtracting(known).sorted()
    }

    /// Keys with the same meaning in every kind, and those of nested values.
    static let shared: [String: Bilingual] = [
        "id": Bilingual(zh: "编号", en: "id"),
        "name": Bilingual(zh: "名称", en: "name"),
        "nameEn": Bilingual(zh: "英文名称", en: "English name"),
        "provinceCode": Bilingual(zh: "省份", en: "province"),
        "productId": Bilingual(zh: "品种", en: "product"),
        "siteId": Bilingual(zh: "场地", en: "site"),
        "segment": Bilingual(zh: "分段", en: "segment"),
        "stage": Bilingual(zh: "阶段", en: "stage"),
        "date": Bilingual(zh: "日期", en: "date"),
        "by": Bilingual(zh: "登记人", en: "by"),
        "reason": Bilingual(zh: "理由", en: "reason"),
        "critical": Bilingual(zh: "严重", en: "critical"),
        "major": Bilingual(zh: "主要", en: "major"),
        "general": Bilingual(zh: "一般", en: "general"),
        "intrinsic": Bilingual(zh: "固有风险", en: "intrinsic risk"),
        "compliance": Bilingual(zh: "合规风险", en: "compliance risk"),
        "number": Bilingual(zh: "编号", en: "number"),
        "classes": Bilingual(zh: "类别", en: "classes"),
        "productTypes": Bilingual(zh: "产品类型", en: "product types"),
        "requestedOn": Bilingual(zh: "申请日期", en: "requested on"),
        "result": Bilingual(zh: "结论", en: "result"),
    ]

    static let byKind: [EntityKind: [(key: String, label: Bilingual)]] = [
        .enterprise: [
            ("name", Bilingual(zh: "名称", en: "name")),
            ("nameEn", Bilingual(zh: "英文名称", en: "English name")),
            ("creditCode", Bilingual(zh: "统一社会信用代码", en: "credit code")),
            ("provinceCode", Bilingual(zh: "省份", en: "province")),
            ("licence", Bilingual(zh: "药品生产许可证", en: "manufacturing licence")),
            ("biologicsSince", Bilingual(zh: "生物制品商业化生产自", en: "biologics since")),
            ("liabilityCompensation", Bilingual(zh: "责任赔偿能力", en: "liability compensation")),
        ],
        .site: [
            ("enterpriseId", Bilingual(zh: "企业", en: "enterprise")),
            ("address", Bilingual(zh: "地址", en: "address")),
            ("addressEn", Bilingual(zh: "英文地址", en: "English address")),
            ("provinceCode", Bilingual(zh: "省份", en: "province")),
            ("drugSubstance", Bilingual(zh: "许可原液", en: "drug substance")),
            ("drugProduct", Bilingual(zh: "许可制剂", en: "drug product")),
        ],
        .product: [
            ("name", Bilingual(zh: "品种名称", en: "name")),
            ("nameEn", Bilingual(zh: "英文名称", en: "English name")),
            ("type", Bilingual(zh: "类型", en: "type")),
            ("basis", Bilingual(zh: "试点依据", en: "basis")),
            ("category", Bilingual(zh: "类别（旧）", en: "category (old)")),
            ("holderId", Bilingual(zh: "持有人", en: "holder")),
            ("segments", Bilingual(zh: "分段生产场地", en: "segments")),
            ("steps", Bilingual(zh: "试点进程", en: "pilot steps")),
            ("planRef", Bilingual(zh: "一品一策编号", en: "plan (一品一策)")),
            ("jointPlanDates", Bilingual(zh: "跨省会同研究试点方案", en: "joint plan")),
            ("jointPlan", Bilingual(zh: "跨省会同研究试点方案（旧）", en: "joint plan (old)")),
            ("unifiedQualitySystem", Bilingual(zh: "统一质量管理体系", en: "unified quality system")),
            ("licenceNamesBothAddresses", Bilingual(zh: "许可证载明两地址", en: "licence names both addresses")),
            ("certificateNamesBothAddresses", Bilingual(zh: "注册证书载明两地址", en: "certificate names both addresses")),
            ("proceduresNameBothAddresses", Bilingual(zh: "制造及检定规程载明两地址", en: "procedures name both addresses")),
            ("documentsNameBothAddresses", Bilingual(zh: "证书载明两地址（旧）", en: "documents name both addresses (old)")),
            ("lotRelease", Bilingual(zh: "批签发", en: "lot release")),
            ("risk", Bilingual(zh: "风险评级", en: "risk rating")),
            ("isVaccine", Bilingual(zh: "疫苗", en: "vaccine")),
            ("supervisionPlan", Bilingual(zh: "质量监管方案", en: "supervision plan")),
        ],
        .staff: [
            ("productId", Bilingual(zh: "品种", en: "product")),
            ("siteId", Bilingual(zh: "场地", en: "site")),
            ("person", Bilingual(zh: "姓名", en: "person")),
            ("from", Bilingual(zh: "驻厂自", en: "from")),
            ("to", Bilingual(zh: "驻厂至", en: "to")),
        ],
        .inspector: [
            ("name", Bilingual(zh: "姓名", en: "name")),
            ("nameEn", Bilingual(zh: "英文名", en: "English name")),
            ("unit", Bilingual(zh: "单位", en: "unit")),
            ("provinceCode", Bilingual(zh: "省份", en: "province")),
            ("conflicts", Bilingual(zh: "利益冲突企业", en: "conflicts")),
        ],
        .inspection: [
            ("productId", Bilingual(zh: "品种", en: "product")),
            ("siteIds", Bilingual(zh: "检查场地", en: "sites")),
            ("type", Bilingual(zh: "检查类型", en: "type")),
            ("unannounced", Bilingual(zh: "飞行检查", en: "unannounced")),
            ("joint", Bilingual(zh: "联合检查", en: "joint")),
            ("partnerProvinceCode", Bilingual(zh: "联合省份", en: "partner province")),
            ("start", Bilingual(zh: "开始日期", en: "start")),
            ("end", Bilingual(zh: "结束日期", en: "end")),
            ("team", Bilingual(zh: "检查员", en: "team")),
            ("status", Bilingual(zh: "状态", en: "status")),
            ("defects", Bilingual(zh: "缺陷", en: "defects")),
            ("conclusion", Bilingual(zh: "现场检查结论", en: "on-site conclusion")),
            ("assessment", Bilingual(zh: "评定（旧）", en: "assessment (old)")),
            ("rectificationDue", Bilingual(zh: "整改报告期限", en: "rectification report due")),
            ("rectificationClosed", Bilingual(zh: "整改关闭（旧）", en: "rectification closed (old)")),
            ("reason", Bilingual(zh: "事由", en: "reason")),
            ("conflictApprovedBy", Bilingual(zh: "利益冲突批准负责人", en: "conflict approved by")),
            ("holderQualitySystem", Bilingual(zh: "检查持有人质量体系", en: "holder's quality system")),
            ("defectListReissuedOn", Bilingual(zh: "缺陷清单重新发出", en: "defect list re-issued on")),
            ("reportReceivedOn", Bilingual(zh: "收到整改报告", en: "report received on")),
            ("overallAssessment", Bilingual(zh: "综合评定", en: "overall assessment")),
            ("overallAssessmentOn", Bilingual(zh: "综合评定日期", en: "assessed on")),
        ],
        .sampling: [
            ("productId", Bilingual(zh: "品种", en: "product")),
            ("segment", Bilingual(zh: "分段", en: "segment")),
            ("batch", Bilingual(zh: "批号", en: "batch")),
            ("sampledOn", Bilingual(zh: "抽样日期", en: "sampled on")),
            ("place", Bilingual(zh: "抽样地点", en: "place")),
            ("samplingUnit", Bilingual(zh: "抽样单位", en: "sampling unit")),
            ("lab", Bilingual(zh: "检验机构", en: "lab")),
            ("receivedOn", Bilingual(zh: "收样日期", en: "received on")),
            ("testItems", Bilingual(zh: "检验项目", en: "test items")),
            ("reportNo", Bilingual(zh: "报告书编号", en: "report number")),
            ("reportDate", Bilingual(zh: "报告日期", en: "report date")),
            ("conclusion", Bilingual(zh: "检验结论", en: "conclusion")),
            ("retest", Bilingual(zh: "复验", en: "re-test")),
            ("commissioned", Bilingual(zh: "委托检验", en: "commissioned")),
            ("requestedOn", Bilingual(zh: "委托日期", en: "requested on")),
            ("reportDueExtendedTo", Bilingual(zh: "报告期限延至", en: "report due extended to")),
            ("reportServedOn", Bilingual(zh: "报告送达日期", en: "report served on")),
            ("voided", Bilingual(zh: "作废", en: "voided")),
        ],
        .setting: [
            ("value", Bilingual(zh: "值", en: "value"))
        ],
        .measure: [
            ("productId", Bilingual(zh: "品种", en: "product")),
            ("answers", Bilingual(zh: "针对", en: "answers")),
            ("kind", Bilingual(zh: "措施", en: "measure")),
            ("decidedOn", Bilingual(zh: "决定日期", en: "decided on")),
            ("decidedBy", Bilingual(zh: "决定机关", en: "decided by")),
            ("owner", Bilingual(zh: "责任人", en: "owner")),
            ("deadline", Bilingual(zh: "期限", en: "deadline")),
            ("needsTesting", Bilingual(zh: "需要检验", en: "needs testing")),
            ("testReportOn", Bilingual(zh: "检验报告日期", en: "test report on")),
            ("status", Bilingual(zh: "状态", en: "status")),
            ("closedOn", Bilingual(zh: "办结日期", en: "closed on")),
            ("evidence", Bilingual(zh: "办结依据", en: "evidence")),
        ],
    ]
}
