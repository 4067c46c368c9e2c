/// Rule 10: the year's full-system GMP inspection, a drug-product supervisory sampling (commissioned testing never
/// counts), every site inspected and, for a holder with no site of its own, the holder's quality system inspected.
/// This year's gaps are warnings while the year runs; a past year left uncovered is an error.
enum CoverageRule {
    static func findings(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        var out: [Finding] = []
        for year in [today.year - 1, today.year] where Coverage.isInScope(p, year: year, asOf: today) {
            let c = Coverage.product(p, year: year, asOf: today, index: index)
            let past = year < today.year
            let severity: Finding.Severity = past ? .error : .warning
            let left = past ? 0 : calendar.workingDays(from: today, to: CivilDate.lastOfYear(year))
            let tailZh = past ? "" : "（本年剩余 \(left) 个工作日）"
            let tailEn = past ? "" : " (\(left) working days left this year)"
            if !c.fullSystemInspection {
                let plan = c.plannedFullSystemInspections >= c.plan.fullSystemInspections
                out.append(
                    Finding(
                        severity, .annualCoverage, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：\(year) 年尚无已完成的全体系GMP符合性检查\(plan ? "（已有计划）" : "")\(tailZh)",
                            en:
                                "\(ProductRules.names(p).en): no completed full-system GMP inspection in \(year)\(plan ? " (one is planned)" : "")\(tailEn)"
                        )))
            }
            if !c.sampling {
                out.append(
                    Finding(
                        severity, .annualCoverage, productId: p.id,
                        Bilingual(
                            zh:
                                "\(p.name)：\(year) 年尚无制剂监督抽检\(c.commissionedSamplings > 0 ? "（委托检验不计入）" : "")\(c.drugSubstanceSampling.sampled ? "（仅抽检原液）" : "")\(tailZh)",
                            en:
                                "\(ProductRules.names(p).en): no supervisory drug-product sampling in \(year)\(c.commissionedSamplings > 0 ? " (commissioned testing does not count)" : "")\(c.drugSubstanceSampling.sampled ? " (drug substance sampled only)" : "")\(tailEn)"
                        )))
            }
            // The product's own plan (一品一策) where it asks for more than the national minimum.
            for short in c.planShortfalls where short.item != .residentStaff {
                // No full-system inspection at all is said above; a plan asking for two says how many are done.
                if short.item == .fullSystemInspections && !c.fullSystemInspection { continue }
                out.append(
                    Finding(
                        severity, .annualCoverage, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：\(year) 年\(short.text.zh)\(tailZh)",
                            en: "\(ProductRules.names(p).en) (\(year)): \(short.text.en)\(tailEn)")))
            }
            if !c.holderRequirementMet {
                out.append(
                    Finding(
                        severity, .annualCoverage, productId: p.id,
                        Bilingual(
                            zh: "\(p.name)：持有人无自有生产场地，\(year) 年尚未检查持有人质量管理体系\(tailZh)",
                            en:
                                "\(ProductRules.names(p).en): the holder has no site of its own and its quality system was not inspected in \(year)\(tailEn)"
                        )))
            }
            if c.fullSystemInspection && c.sitesInspected < c.sitesTotal {
                let missing = c.uninspectedSiteIds.compactMap { index.data.sites[id: $0] }
                out.append(
                    Finding(
                        severity, .annualCoverage, productId: p.id,
                        Bilingual(
                            zh:
                                "\(p.name)：\(year) 年已检查场地 \(c.sitesInspected)/\(c.sitesTotal)，未检查：\(missing.map(\.address).joined(separator: "；"))",
                            en:
                                "\(ProductRules.names(p).en): \(c.sitesInspected)/\(c.sitesTotal) sites inspected in \(year); not inspected: \(missing.map { $0.displayAddress(.en) }.joined(separator: "; "))"
                        )))
            }
        }
        return out
    }
}
