/// Rules 1–9, 11 and 12: what a pilot product and its enterprises must satisfy.
enum ProductRules {
    static func names(_ p: PilotProduct) -> (zh: String, en: String) { (p.name, p.displayName(.en)) }

    /// Every id a product refers to exists; a broken reference hides other findings, so it is an error.
    static func references(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        var out: [Finding] = []
        if index.holder(of: p) == nil {
            out.append(
                Finding(
                    .error, .references, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：持有人 \(p.holderId) 不存在", en: "\(names(p).en): holder \(p.holderId) does not exist")))
        }
        for id in p.siteIds where index.data.sites[id: id] == nil {
            out.append(
                Finding(
                    .error, .references, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：生产场地 \(id) 不存在", en: "\(names(p).en): site \(id) does not exist")))
        }
        for segment in Segment.allCases where !p.segments.contains(where: { $0.segment == segment }) {
            out.append(
                Finding(
                    .warning, .references, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记\(segment.label.zh)生产场地", en: "\(names(p).en): no \(segment.label.en) site recorded")))
        }
        return out
    }

    /// What a case file still lacks: the plan reference (一品一策) and the risk rating.
    static func completeness(_ p: PilotProduct) -> [Finding] {
        var out: [Finding] = []
        if (p.planRef ?? "").isEmpty {
            out.append(
                Finding(
                    .warning, .caseCompleteness, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记一品一策方案编号", en: "\(names(p).en): no 一品一策 plan reference recorded")))
        }
        if p.risk == nil {
            out.append(
                Finding(
                    .warning, .caseCompleteness, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记风险评级", en: "\(names(p).en): no risk rating recorded")))
        }
        return out
    }

    /// Rule 1: the basis is what puts a product in scope, whatever its type; `none` records one outside the pilot.
    static func scope(_ p: PilotProduct) -> [Finding] {
        switch p.basis {
        case .innovative?, .clinicallyUrgent?, .nmpaDesignated?:
            return []
        case .none?:
            return [
                Finding(
                    .error, .scope, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：不属于创新、临床急需或国家药监局规定的其他生物制品，不在试点范围",
                        en: "\(names(p).en): not innovative, clinically urgent or NMPA-designated; outside the pilot's scope"))
            ]
        case nil:
            return [
                Finding(
                    .warning, .scope, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记试点依据（创新、临床急需或国家药监局规定的其他生物制品）",
                        en: "\(names(p).en): basis not recorded (innovative, clinically urgent or NMPA-designated)"))
            ]
        }
    }

    /// The day rule 2 is judged on: the provincial selection (初步遴选), else NMPA's confirmation, else today.
    static func experienceJudgedOn(_ p: PilotProduct, today: CivilDate) -> (date: CivilDate, when: Bilingual) {
        if let selected = p.date(of: .provincialSelection) {
            return (selected, Bilingual(zh: "至省局初步遴选（\(selected)）", en: "at provincial selection (\(selected))"))
        }
        if let confirmed = p.date(of: .nmpaConfirmation) {
            return (confirmed, Bilingual(zh: "至国家药监局确认（\(confirmed)）", en: "at NMPA confirmation (\(confirmed))"))
        }
        return (today, Bilingual(zh: "至今", en: "to date"))
    }

    static func contractExperience(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate) -> [Finding] {
        let (day, when) = experienceJudgedOn(p, today: today)
        return index.contractManufacturers(of: p).flatMap { e -> [Finding] in
            let ref = Finding.RecordRef(.enterprise, e.id)
            var out: [Finding] = []
            if let since = e.biologicsSince {
                if since.adding(years: 3) > day {
                    let months = max(0, (day.year - since.year) * 12 + day.month - since.month - (day.day < since.day ? 1 : 0))
                    out.append(
                        Finding(
                            .error, .contractExperience, productId: p.id, record: ref,
                            Bilingual(
                                zh:
                                    "\(p.name)：受托生产企业 \(e.name) 自 \(since) 起商业化生产生物制品，\(when.zh)仅 \(months / 12) 年 \(months % 12) 个月，不足三年",
                                en:
                                    "\(names(p).en): contract manufacturer \(e.displayName(.en)) has made biologics commercially since \(since), \(months / 12) y \(months % 12) m \(when.en), under 3 years"
                            )))
                }
            } else {
                out.append(
                    Finding(
                        .warning, .contractExperience, productId: p.id, record: ref,
                        Bilingual(
                            zh: "\(p.name)：受托生产企业 \(e.name) 未登记生物制品商业化生产起始日期",
                            en: "\(names(p).en): contract manufacturer \(e.displayName(.en)) has no biologics-since date recorded")))
            }
            if let licence = e.licence, !licence.classes.contains(.c) {
                out.append(
                    Finding(
                        .warning, .contractExperience, productId: p.id, record: ref,
                        Bilingual(
                            zh: "\(p.name)：受托生产企业 \(e.name) 的药品生产许可证 \(licence.number) 无C类",
                            en: "\(names(p).en): contract manufacturer \(e.displayName(.en)) licence \(licence.number) lacks class C")))
            }
            return out
        }
    }

    static func unifiedQualitySystem(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        guard !index.contractSites(of: p).isEmpty else { return [] }
        switch p.unifiedQualitySystem {
        case true?: return []
        case false?:
            return [
                Finding(
                    .error, .unifiedQualitySystem, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：持有人与受托生产企业未执行统一的质量管理体系",
                        en: "\(names(p).en): holder and contract sites do not run one unified quality system"))
            ]
        case nil:
            return [
                Finding(
                    .warning, .unifiedQualitySystem, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记统一质量管理体系情况", en: "\(names(p).en): unified quality system not recorded"))
            ]
        }
    }

    static func liability(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        guard let holder = index.holder(of: p) else { return [] }
        guard (holder.liabilityCompensation ?? "").isEmpty else { return [] }
        return [
            Finding(
                .error, .liability, productId: p.id, record: .init(.enterprise, holder.id),
                Bilingual(
                    zh: "\(p.name)：持有人 \(holder.name) 未登记责任赔偿能力（制度、保险或基金）",
                    en: "\(names(p).en): holder \(holder.displayName(.en)) has no liability-compensation capacity on record"))
        ]
    }

    static func applicationDeadline(_ p: PilotProduct) -> [Finding] {
        guard let applied = p.date(of: .application) else {
            return [
                Finding(
                    .warning, .applicationDeadline, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：未登记试点申请日期", en: "\(names(p).en): application date not recorded"))
            ]
        }
        guard applied > Rule.applicationCutoff else { return [] }
        return [
            Finding(
                .error, .applicationDeadline, productId: p.id,
                Bilingual(
                    zh: "\(p.name)：试点申请日期 \(applied) 晚于 2025-12-31",
                    en: "\(names(p).en): application dated \(applied), after the 2025-12-31 cut-off"))
        ]
    }

    /// Rule 6: every partner province's regulator (each contract site's province other than the holder's) studied
    /// the plan with the holder's (会同研究), each with its date. An older store's single yes cannot say which.
    static func jointPlan(_ p: PilotProduct, _ index: PilotIndex, provinces: ProvinceTable) -> [Finding] {
        guard index.isCrossProvince(p), let stage = p.stage, stage >= .provincialPlan else { return [] }
        let partners = index.provinces(of: p).dropFirst()
        // The plan is studied jointly before the holder's provincial government approves it.
        var late: [Finding] = []
        if let approved = p.date(of: .governmentApproval) {
            for code in partners {
                guard let agreed = p.jointPlanDates[code], agreed > approved else { continue }
                let province = provinces.named(code: code)
                late.append(
                    Finding(
                        .warning, .jointPlan, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：\(province?.name ?? code)药监局会同研究日期（\(agreed)）晚于省级人民政府审核同意（\(approved)）",
                            en:
                                "\(names(p).en): joint plan with \(province?.en ?? code) dated \(agreed), after the provincial government approved the plan (\(approved))"
                        )))
            }
        }
        let missing = partners.filter { p.jointPlanDates[$0] == nil }
        guard !missing.isEmpty else { return late }
        let named = missing.map { provinces.named(code: $0) }
        let zh = zip(missing, named).map { $1?.name ?? $0 }.joined(separator: "、")
        let en = zip(missing, named).map { $1?.en ?? $0 }.joined(separator: ", ")
        switch p.legacyJointPlan {
        case true? where p.jointPlanDates.isEmpty:
            return late + [
                Finding(
                    .info, .jointPlan, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：旧记录，已登记会同研究试点方案，但未载明省份（\(zh)）及日期",
                        en: "\(names(p).en): older record: joint plan recorded without provinces and dates (\(en))"))
            ]
        case false?:
            return late + [
                Finding(
                    .error, .jointPlan, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：跨省分段生产，试点方案未与\(zh)药监局会同研究",
                        en: "\(names(p).en): cross-province, but the plan was not studied jointly with \(en)"))
            ]
        default:
            return late + [
                Finding(
                    .warning, .jointPlan, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：跨省分段生产，未登记\(zh)药监局会同研究试点方案的日期",
                        en: "\(names(p).en): cross-province; no date recorded for the joint plan with \(en)"))
            ]
        }
    }

    /// Required predecessors (work plan 三(一), 三(二)): NMPA's confirmation before the licence and before the marketing
    /// authorisation or post-approval change; production needs both the licence and the marketing step. Missing or
    /// later-dated required steps are errors, other gaps in the path are warnings.
    static let requiredBefore: [PilotStage: [PilotStage]] = [
        .nmpaSubmission: [.governmentApproval], .licence: [.nmpaConfirmation],
        .marketingAuthorisation: [.nmpaConfirmation], .inProduction: [.licence, .marketingAuthorisation],
    ]

    static func approvalOrder(_ p: PilotProduct) -> [Finding] {
        var out: [Finding] = []
        for step in p.steps {
            let required = requiredBefore[step.stage] ?? []
            for needed in required {
                if let neededDate = p.date(of: needed) {
                    if neededDate > step.date {
                        out.append(
                            Finding(
                                .error, .approvalOrder, productId: p.id,
                                Bilingual(
                                    zh: "\(p.name)：“\(step.stage.label.zh)”（\(step.date)）早于“\(needed.label.zh)”（\(neededDate)）",
                                    en:
                                        "\(names(p).en): \"\(step.stage.label.en)\" (\(step.date)) precedes \"\(needed.label.en)\" (\(neededDate))"
                                )))
                    }
                } else {
                    out.append(
                        Finding(
                            .error, .approvalOrder, productId: p.id,
                            Bilingual(
                                zh: "\(p.name)：已登记“\(step.stage.label.zh)”，但无“\(needed.label.zh)”",
                                en: "\(names(p).en): \"\(step.stage.label.en)\" recorded without \"\(needed.label.en)\"")))
                }
            }
            // A step recorded while the one before it is missing: allowed with a reason, and reported.
            if let before = PilotStage.inOrder.last(where: { $0 < step.stage }), p.date(of: before) == nil,
                required.isEmpty
            {
                out.append(
                    Finding(
                        .warning, .approvalOrder, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：“\(step.stage.label.zh)”登记时缺少“\(before.label.zh)”" + (step.reason.map { "（理由：\($0)）" } ?? ""),
                            en: "\(names(p).en): \"\(step.stage.label.en)\" recorded without \"\(before.label.en)\""
                                + (step.reason.map { " (reason: \($0))" } ?? ""))))
            }
            if let previous = PilotStage.inOrder.last(where: { $0 < step.stage && p.date(of: $0) != nil }),
                let previousDate = p.date(of: previous), previousDate > step.date, !required.contains(previous)
            {
                out.append(
                    Finding(
                        .warning, .approvalOrder, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：“\(step.stage.label.zh)”（\(step.date)）早于前一步“\(previous.label.zh)”（\(previousDate)）",
                            en:
                                "\(names(p).en): \"\(step.stage.label.en)\" (\(step.date)) is dated before the earlier step \"\(previous.label.en)\" (\(previousDate))"
                        )))
            }
        }
        return out
    }

    static func residentStaff(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate) -> [Finding] {
        guard p.isInProduction(on: today) else { return [] }
        let staff = index.staff(of: p.id)
        let minimum = SupervisionPlan.required(for: p, in: today.year).residentStaff
        // Said when it is the product's own plan, not the national rule, that asks for the number.
        let own = minimum > SupervisionPlan.nationalMinimum.residentStaff
        return index.contractSites(of: p).compactMap { site in
            let present = staff.filter { $0.siteId == site.id && $0.isStationed(on: today) }
            guard present.count < minimum else { return nil }
            let who = present.map(\.person).joined(separator: "、")
            return Finding(
                .error, .residentStaff, productId: p.id, record: .init(.site, site.id),
                Bilingual(
                    zh:
                        "\(p.name)：受托生产场地 \(site.address) 驻厂技术人员 \(present.count) 名\(who.isEmpty ? "" : "（\(who)）")，\(own ? "一品一策要求" : "应")不少于 \(minimum) 名",
                    en:
                        "\(names(p).en): \(present.count) resident staff at contract site \(site.displayAddress(.en))\(who.isEmpty ? "" : " (\(who))"); \(own ? "its supervision plan asks for at least \(minimum)" : "at least \(minimum) required")"
                ))
        }
    }

    static func documentAddresses(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        var out: [Finding] = []
        for assignment in p.segments {
            guard let site = index.data.sites[id: assignment.siteId] else { continue }
            let licensed = assignment.segment == .drugSubstance ? site.drugSubstance : site.drugProduct
            if !licensed {
                out.append(
                    Finding(
                        .error, .documentAddresses, productId: p.id, record: .init(.site, site.id),
                        Bilingual(
                            zh: "\(p.name)：场地 \(site.address) 的许可未载明\(assignment.segment.label.zh)生产地址",
                            en: "\(names(p).en): site \(site.displayAddress(.en)) is not licensed for \(assignment.segment.label.en)")))
            }
        }
        guard let stage = p.stage else { return out }
        for document in ProductDocument.allCases where stage >= document.checkedFrom {
            switch document.namesBothAddresses(p) {
            case true?: break
            case false?:
                out.append(
                    Finding(
                        .error, .documentAddresses, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：《\(document.label.zh)》未同时载明原液和制剂的生产企业及生产地址",
                            en:
                                "\(names(p).en): the \(document.label.en) does not name both the drug-substance and drug-product enterprise and address"
                        )))
            case nil:
                out.append(
                    Finding(
                        .warning, .documentAddresses, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：未核对《\(document.label.zh)》是否载明原液和制剂的生产企业及生产地址",
                            en:
                                "\(names(p).en): \(document.label.en): not checked for both the drug-substance and drug-product address and enterprise"
                        )))
            }
        }
        return out
    }

    /// An inspection planned to end after the pilot (the province's summary is `PilotSummaryRule`'s).
    static func pilotEnd(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        let end = Rule.pilotEndDate
        var late: [Inspection] = []
        index.inspections(of: p.id).forEachInPlace { if $0.status == .planned && $0.end > end { late.append($0.record) } }
        return late.map { inspection in
            Finding(
                .warning, .pilotEnd, productId: p.id, record: .init(.inspection, inspection.id),
                Bilingual(
                    zh: "\(p.name)：检查 \(inspection.id) 计划至 \(inspection.end)，晚于试点结束日",
                    en: "\(names(p).en): inspection \(inspection.id) is planned to end \(inspection.end), after the pilot ends"))
        }
    }

    /// The pilot's premise: a product whose drug substance and drug product are made at one site by one enterprise
    /// is not produced in segments.
    static func segmented(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        let substance = Set(p.segments.filter { $0.segment == .drugSubstance }.map(\.siteId))
        let product = Set(p.segments.filter { $0.segment == .drugProduct }.map(\.siteId))
        // One site belongs to one enterprise, so the same single site for both segments means the same enterprise too.
        guard substance == product, substance.count == 1, let siteId = substance.first, let site = index.data.sites[id: siteId]
        else { return [] }
        return [
            Finding(
                .info, .segmented, productId: p.id, record: .init(.site, site.id),
                Bilingual(
                    zh: "\(p.name)：原液和制剂均在同一企业的同一场地（\(site.address)）生产，不属于分段生产",
                    en:
                        "\(names(p).en): drug substance and drug product are both made at one site of one enterprise (\(site.displayAddress(.en))); not segmented"
                ))
        ]
    }

    static func vaccines(_ p: PilotProduct, today: CivilDate) -> [Finding] {
        guard p.isVaccine else { return [] }
        if p.isInProduction(on: today) && p.lotRelease != true {
            return [
                Finding(
                    .warning, .vaccines, productId: p.id,
                    Bilingual(
                        zh: "\(p.name)：疫苗在产，未登记批签发安排（《疫苗管理法》）",
                        en: "\(names(p).en): vaccine in production without lot release (批签发) recorded (Vaccine Administration Law)"))
            ]
        }
        return [
            Finding(
                .info, .vaccines, productId: p.id,
                Bilingual(
                    zh: "\(p.name)：疫苗分段生产，还应符合《疫苗管理法》《疫苗生产流通管理规定》",
                    en: "\(names(p).en): a vaccine, also under the Vaccine Administration Law and its production rules"))
        ]
    }
}
