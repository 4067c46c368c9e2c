import Foundation
import PilotCore

/// `biopilot report annual`: the year in numbers for the provincial regulator's annual report, and
/// `biopilot report summary`: the data appendix of the pilot summary (试点总结, work plan 三(三)).
public enum AnnualReport {
    /// Store text placed in the Markdown reports: always literal (no heading, link, HTML or new line).
    static func md(_ text: String) -> String { MarkdownText.escape(text) }

    public enum Format: String, CaseIterable, Sendable { case md, csv, json }

    struct Count: Encodable {
        let key: String
        let label: String
        let count: Int
    }

    struct Annual: Encodable {
        let year: Int
        let asOf: String
        let covered: Int
        let inScope: Int
        /// The same per-province line as `biopilot coverage --format json`, so the two reports agree by construction.
        let provinces: [CoverageFormat.ProvinceJSON]
        /// How many in-scope products meet each part of the coverage requirement.
        let requirements: [Count]
        /// 委托检验 in the year: counted apart, never coverage and never in `samplingsByConclusion`.
        let commissionedSamplings: Int
        /// Products not in production on the reference day (未在产，不计入).
        let notInProduction: [Item]
        let inspectionsByType: [Count]
        let inspectionsByConclusion: [Count]
        let defects: [Count]
        let samplingsByConclusion: [Count]
        /// Risk-control measures (风险控制措施) decided in the year.
        let measuresByKind: [Count]
        let measuresByStatus: [Count]
        let openRectifications: [Item]
        let overdueLabReports: [Item]
        let openFindings: [Item]
    }

    struct Item: Encodable {
        let id: String
        let productId: String
        let text: String
    }

    static func annual(_ index: PilotIndex, year: Int, today: CivilDate, language L: Language, reference: ReferenceData) -> Annual {
        let calendar = reference.calendar
        let coverage = Coverage.report(year: year, asOf: today, index: index)
        let inspections = index.data.inspections.records.filter { $0.end.year == year && $0.status != .cancelled }
        let completed = inspections.filter { $0.status == .completed }
        // Walked lazily, twice, rather than copying 200k samplings into an array each time.
        let supervisory = index.data.samplings.records.lazy.filter { !$0.isVoided && !$0.commissioned }
        var byConclusion: [SamplingConclusion: Int] = [:]
        for s in supervisory where s.sampledOn.year == year { byConclusion[s.conclusion, default: 0] += 1 }
        let deadlines = index.data.deadlines
        let products = coverage.products
        func count(_ key: String, _ label: Bilingual, _ test: (ProductCoverage) -> Bool) -> Count {
            Count(key: key, label: label[L], count: products.filter(test).count)
        }
        let findings = RulesEngine(reference: reference, today: today).findings(index)
        let measures = index.data.measures.records.filter { $0.decidedOn.year == year }
        return Annual(
            year: year, asOf: today.description, covered: coverage.covered, inScope: coverage.total,
            provinces: coverage.provinces.map {
                CoverageFormat.ProvinceJSON(
                    code: $0.code, name: reference.provinces.named(code: $0.code)?.displayName(L) ?? $0.code, covered: $0.covered,
                    total: $0.total)
            },
            requirements: [
                count("full-gmp", Bilingual(zh: "已完成全体系GMP检查", en: "full-system GMP inspection completed"), \.fullSystemInspection),
                count("drug-product-sampling", Bilingual(zh: "已制剂监督抽检", en: "drug-product supervisory sampling"), \.sampling),
                count(
                    "drug-substance-sampling", Bilingual(zh: "已原液监督抽检（不作要求）", en: "drug-substance supervisory sampling (not required)"),
                    \.drugSubstanceSampling.sampled),
                count("sites", Bilingual(zh: "全部场地已检查", en: "every site inspected")) { $0.sitesInspected == $0.sitesTotal },
                count(
                    "holder-qs-required", Bilingual(zh: "持有人无自有场地（须检查其质量体系）", en: "holder without a site of its own"),
                    \.holderInspectionRequired),
                count("holder-qs-inspected", Bilingual(zh: "其中持有人质量体系已检查", en: "of which the holder's quality system inspected")) {
                    $0.holderInspectionRequired && $0.holderInspected
                },
            ],
            commissionedSamplings: coverage.commissionedSamplings,
            notInProduction: coverage.notInProduction.map {
                Item(
                    id: $0.productId, productId: $0.productId,
                    text: ($0.stage?.label[L] ?? "") + ($0.inProductionOn.map { " → \($0)" } ?? ""))
            },
            inspectionsByType: InspectionType.allCases.map { t in
                Count(key: t.rawValue, label: t.label[L], count: inspections.filter { $0.type == t }.count)
            },
            inspectionsByConclusion: OnSiteConclusion.allCases.map { c in
                Count(key: c.rawValue, label: c.label[L], count: completed.filter { $0.conclusion == c }.count)
            }
                + [Count(key: "not-completed", label: L == .zh ? "未完成" : "not completed", count: inspections.count - completed.count)],
            defects: [
                Count(
                    key: "critical", label: L == .zh ? "严重" : "critical",
                    count: completed.compactMap(\.defects).map(\.critical).reduce(0, +)),
                Count(key: "major", label: L == .zh ? "主要" : "major", count: completed.compactMap(\.defects).map(\.major).reduce(0, +)),
                Count(
                    key: "general", label: L == .zh ? "一般" : "general", count: completed.compactMap(\.defects).map(\.general).reduce(0, +)),
            ],
            samplingsByConclusion: SamplingConclusion.allCases.map { c in
                Count(key: c.rawValue, label: c.label[L], count: byConclusion[c] ?? 0)
            },
            measuresByKind: measuresByKind(measures, L),
            measuresByStatus: measuresByStatus(measures, L, today: today, deadlines: deadlines, calendar: calendar),
            openRectifications: index.data.inspections.records.filter(\.hasOpenRectification).compactMap { i in
                RectificationStatus(i, deadlines: deadlines, today: today, calendar: calendar).map { r in
                    Item(id: i.id, productId: i.productId, text: rectificationText(r)[L])
                }
            },
            // Only a pending result has a report deadline running (`SamplingStatus.report`): the others are not
            // worked out.
            overdueLabReports: Array(
                supervisory.filter { $0.conclusion == .pending }.compactMap { s in
                    let status = SamplingStatus(s, deadlines: deadlines, today: today, calendar: calendar)
                    guard status.isOverdue, let report = status.report else { return nil }
                    return Item(
                        id: s.id, productId: s.productId,
                        text: "\(s.lab) · " + (L == .zh ? "逾期 \(report.overdueBy) 个工作日" : "\(report.overdueBy) working days overdue"))
                }),
            openFindings: findings.filter { $0.severity == .error }.map {
                // The id stays for CSV and JSON readers; people read the rule's title and citation.
                Item(id: $0.rule, productId: $0.productId ?? "", text: $0.heading(L) + " " + $0.message[L])
            })
    }

    /// `head` is the journal head the report was made from (`REV:HASH`); CSV leaves it to the caller (stderr).
    public static func renderAnnual(
        _ index: PilotIndex, year: Int, today: CivilDate, format: Format, language L: Language,
        reference: ReferenceData, head: String
    ) -> String {
        let a = annual(index, year: year, today: today, language: L, reference: reference)
        switch format {
        case .json:
            return try! JournalHeadNote.json(a, head: head)
        case .csv:
            var rows: [[String]] = [["coverage", "covered", "", String(a.covered)], ["coverage", "in-scope", "", String(a.inScope)]]
            rows += a.provinces.map { ["province", $0.code, $0.name, "\($0.covered)/\($0.total)"] }
            rows += a.requirements.map { ["requirement", $0.key, $0.label, String($0.count)] }
            rows.append([
                "commissioned", "commissioned", Bilingual(zh: "委托检验（不计入）", en: "commissioned (not counted)")[L],
                String(a.commissionedSamplings),
            ])
            rows += a.notInProduction.map { ["not-in-production", $0.id, $0.productId, $0.text] }
            rows += a.inspectionsByType.map { ["inspection-type", $0.key, $0.label, String($0.count)] }
            rows += a.inspectionsByConclusion.map { ["inspection-conclusion", $0.key, $0.label, String($0.count)] }
            rows += a.defects.map { ["defects", $0.key, $0.label, String($0.count)] }
            rows += a.samplingsByConclusion.map { ["sampling-conclusion", $0.key, $0.label, String($0.count)] }
            rows += a.measuresByKind.map { ["measure-kind", $0.key, $0.label, String($0.count)] }
            rows += a.measuresByStatus.map { ["measure-status", $0.key, $0.label, String($0.count)] }
            rows += a.openRectifications.map { ["open-rectification", $0.id, $0.productId, $0.text] }
            rows += a.overdueLabReports.map { ["overdue-lab-report", $0.id, $0.productId, $0.text] }
            rows += a.openFindings.map { ["open-finding", $0.id, $0.productId, $0.text] }
            return CSV.document(header: ["section", "key", "label", "value"], rows: rows)
        case .md:
            let zh = L == .zh
            var out =
                zh
                ? "# \(year) 年度生物制品分段生产试点监管情况（截至 \(today)）\n\n"
                : "# Biologics segmented-production pilot: supervision in \(year) (as of \(today))\n\n"
            let pct = Percent.of(a.covered, a.inScope)
            out +=
                zh
                ? "## 年度覆盖\n\n在产试点品种 \(a.inScope) 个，已完成全覆盖 \(a.covered) 个（\(pct)%）。\n\n"
                : "## Coverage\n\n\(a.covered) of \(a.inScope) pilot products in production fully covered (\(pct)%).\n\n"
            out += TextTable.markdown(
                header: zh ? ["省份", "已覆盖", "合计"] : ["Province", "Covered", "Total"],
                rows: a.provinces.map { [$0.name, String($0.covered), String($0.total)] })
            out +=
                "\n"
                + TextTable.markdown(
                    header: [zh ? "覆盖要求" : "Requirement", zh ? "品种数" : "Products"],
                    rows: a.requirements.map { [$0.label, String($0.count)] })
            out +=
                zh
                ? "\n委托检验 \(a.commissionedSamplings) 批，不计入抽检覆盖。\n"
                : "\n\(a.commissionedSamplings) enterprise-commissioned tests, not counted as sampling.\n"
            func section(_ title: String, _ counts: [Count]) {
                out +=
                    "\n## \(title)\n\n"
                    + TextTable.markdown(
                        header: [zh ? "类别" : "Kind", zh ? "数量" : "Count"], rows: counts.map { [$0.label, String($0.count)] })
            }
            section(zh ? "检查（按类型）" : "Inspections by type", a.inspectionsByType)
            section(zh ? "检查（按现场结论）" : "Inspections by on-site conclusion", a.inspectionsByConclusion)
            section(zh ? "缺陷（按等级）" : "Defects by grade", a.defects)
            section(zh ? "抽检（按结论）" : "Samplings by conclusion", a.samplingsByConclusion)
            section(zh ? "风险控制措施（按种类）" : "Risk-control measures by kind", a.measuresByKind)
            section(zh ? "风险控制措施（按状态）" : "Risk-control measures by status", a.measuresByStatus)
            func items(_ title: String, _ list: [Item], showingId: Bool = true) {
                let lines = list.map { item in
                    let who = (showingId ? [item.id, item.productId] : [item.productId]).filter { !$0.isEmpty }.map(md)
                    return "- " + (who.isEmpty ? "" : who.joined(separator: " ") + ": ") + md(item.text)
                }
                out += "\n## \(title)\n\n" + (list.isEmpty ? (zh ? "无。\n" : "None.\n") : lines.joined(separator: "\n") + "\n")
            }
            items(zh ? "未在产（不计入）" : "Not in production (not counted)", a.notInProduction)
            items(zh ? "未完成的整改" : "Open rectifications", a.openRectifications)
            items(zh ? "逾期未出具的检验报告" : "Lab reports past their deadline", a.overdueLabReports)
            // A finding's id is its rule's, which a report shows by title (in the text), not by id.
            items(zh ? "未解决的规则问题（错误）" : "Open rule findings (errors)", a.openFindings, showingId: false)
            return out + "\n" + JournalHeadNote.markdown(head, language: L)
        }
    }

    /// The pilot summary's data appendix, Markdown, ending with the journal head it was made from.
    /// Rule 11: each product's enterprise assessment (the holder's, on which the summary is built) and the
    /// province's own summary sent to NMPA.
    static func assessments(_ data: PilotData, _ L: Language) -> String {
        let zh = L == .zh
        var out = zh ? "## 企业评估与试点总结\n\n" : "## Enterprise assessments and the pilot summary\n\n"
        let inScope = data.products.records.filter { $0.basis != ProductBasis.none }.sorted { $0.id < $1.id }
        let missing = inScope.filter { $0.date(of: .enterpriseAssessment) == nil }.map(\.id)
        for p in inScope {
            guard let date = p.date(of: .enterpriseAssessment) else { continue }
            out += "- \(md(p.id)) \(md(p.displayName(L))): " + (zh ? "企业评估 \(date)" : "enterprise assessment \(date)") + "\n"
        }
        if !missing.isEmpty {
            out +=
                (zh ? "- 未登记企业评估：" : "- No enterprise assessment recorded: ") + md(missing.joined(separator: zh ? "、" : ", ")) + "\n"
        }
        if let summary = ProvinceSummary(data) {
            out +=
                zh
                ? "- 省局试点工作总结：\(summary.sentOn) 报送，文号 \(md(summary.documentNumber))\n"
                : "- The province's pilot summary: sent \(summary.sentOn), document \(md(summary.documentNumber))\n"
        } else {
            out += zh ? "- 省局试点工作总结：未登记\n" : "- The province's pilot summary: not recorded\n"
        }
        return out + "\n"
    }

    public static func summary(_ index: PilotIndex, today: CivilDate, language L: Language, reference: ReferenceData, head: String)
        -> String
    {
        let zh = L == .zh
        let data = index.data
        let findings = RulesEngine(reference: reference, today: today).findings(index)
        var out =
            zh
            ? "# 生物制品分段生产试点总结 数据附录（截至 \(today)）\n\n"
            : "# Biologics segmented-production pilot: data appendix to the summary (as of \(today))\n\n"
        out += zh ? "## 品种与试点进程\n\n" : "## Products and their path through the pilot\n\n"
        for p in data.products.records.sorted(by: { $0.id < $1.id }) {
            let name = p.displayName(L)
            let holder = index.holder(of: p).map { $0.displayName(L) } ?? p.holderId
            out += "### \(md(p.id)) \(md(name))\n\n"
            out += (zh ? "- 类型：" : "- Type: ") + p.type.label[L] + "\n"
            out += (zh ? "- 试点依据：" : "- Basis: ") + (p.basis?.label[L] ?? (zh ? "未登记" : "not recorded")) + "\n"
            out += (zh ? "- 持有人：" : "- Holder: ") + md(holder) + "\n"
            for s in p.segments {
                let site = data.sites[id: s.siteId]
                let owner = site.flatMap { data.enterprises[id: $0.enterpriseId] }.map { $0.displayName(L) } ?? ""
                let address = site.map { $0.displayAddress(L) } ?? s.siteId
                out += "- \(s.segment.label[L]): \(md(address)) (\(md(owner)))\n"
            }
            out +=
                (zh ? "- 进程：" : "- Path: ")
                + p.steps.sorted { $0.date < $1.date }.map { "\($0.date) \($0.stage.label[L])" }.joined(separator: " → ") + "\n"
            let inspections = index.inspections(of: p.id).filter { $0.status != .cancelled }
            let samplings = index.samplings(of: p.id)
            let commissioned = index.commissionedTests(of: p.id).count
            out +=
                (zh
                    ? "- 检查 \(inspections.count) 次（全体系GMP \(inspections.filter { $0.type == .fullGMP }.count) 次），抽检 \(samplings.count) 批（不符合规定 \(samplings.filter { $0.conclusion == .fail }.count) 批），委托检验 \(commissioned) 批（不计入）\n"
                    : "- \(inspections.count) inspections (\(inspections.filter { $0.type == .fullGMP }.count) full-system GMP), \(samplings.count) samplings (\(samplings.filter { $0.conclusion == .fail }.count) failed), \(commissioned) commissioned tests (not counted)\n")
            out += "\n"
        }
        out += assessments(data, L)
        out += zh ? "## 发现的风险及控制措施\n\n" : "## Risks found and how they were controlled\n\n"
        let assessed = data.inspections.records.filter { $0.needsRectification && $0.overallAssessment != nil }
        let awaitingAssessment = data.inspections.records.filter { $0.hasOpenRectification && $0.rectificationReportReceivedOn != nil }
        let awaitingReport = data.inspections.records.filter { $0.hasOpenRectification && $0.rectificationReportReceivedOn == nil }
        out +=
            zh
            ? "- 整改已综合评定 \(assessed.count) 项；已收到整改报告待综合评定 \(awaitingAssessment.count) 项；待企业提交整改报告 \(awaitingReport.count) 项。\n"
            : "- \(assessed.count) rectifications assessed; \(awaitingAssessment.count) reports received awaiting the overall assessment; \(awaitingReport.count) reports awaited.\n"
        let failed = data.supervisorySamplings.filter { $0.conclusion == .fail }
        for s in failed {
            out +=
                zh
                ? "- 抽检 \(md(s.id))（\(md(s.productId)) 批号 \(md(s.batch))）不符合规定"
                    + (s.retest.map { "，已于 \($0.requestedOn) 申请复验" + ($0.result.map { "，复验结论\($0.label.zh)" } ?? "") } ?? "") + "\n"
                : "- Sampling \(md(s.id)) (\(md(s.productId)) batch \(md(s.batch))) failed"
                    + (s.retest.map { "; re-test requested \($0.requestedOn)" + ($0.result.map { ", re-test \($0.label.en)" } ?? "") } ?? "")
                    + "\n"
        }
        for f in findings where f.severity == .error {
            out += "- " + md(f.heading(L) + " " + f.message[L]) + "\n"
        }
        out += zh ? "\n## 跨省协作\n\n" : "\n## Cross-province cooperation\n\n"
        for p in data.products.records.sorted(by: { $0.id < $1.id }) where index.isCrossProvince(p) {
            let provinces = index.provinces(of: p).compactMap { reference.provinces.named(code: $0)?.displayName(L) }.joined(
                separator: " → ")
            let joint = index.inspections(of: p.id).filter { $0.joint && $0.status != .cancelled }.count
            let plan = index.provinces(of: p).dropFirst().map { code in
                let name = reference.provinces.named(code: code)?.displayName(L) ?? code
                return p.jointPlanDates[code].map { zh ? "\(name)会同研究 \($0)" : "joint plan with \(name) \($0)" }
                    ?? (zh ? "\(name)会同研究未登记" : "no joint plan with \(name) recorded")
            }.joined(separator: zh ? "，" : ", ")
            out +=
                "- \(md(p.id)) \(md(p.displayName(L))): \(provinces); \(plan); " + (zh ? "联合检查 \(joint) 次" : "\(joint) joint inspections")
                + "\n"
        }
        return out + "\n" + JournalHeadNote.markdown(head, language: L)
    }
}

extension AnnualReport {
    /// "整改报告期限 2026-11-02" or "综合评定期限 2026-07-17（报告 2026-06-18 收到）", with the estimate note.
    static func rectificationText(_ r: RectificationStatus) -> Bilingual {
        var text: Bilingual
        if let received = r.reportReceivedOn, let due = r.assessmentDue {
            text = Bilingual(
                zh: "综合评定期限 \(due.due)（整改报告 \(received) 收到）", en: "assessment due \(due.due) (report received \(received))")
        } else {
            text = Bilingual(zh: "整改报告期限 \(r.reportDue.due)", en: "report due \(r.reportDue.due)")
        }
        if let note = StatutoryHoliday.estimateNote(years: r.estimatedYears) {
            text = Bilingual(zh: text.zh + "（\(note.zh)）", en: text.en + " (\(note.en))")
        }
        return text
    }
}
