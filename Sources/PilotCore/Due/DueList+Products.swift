extension DueList {
    static let regulators = Bilingual(zh: "本省监管部门", en: "the province's regulators")

    /// The product `id` if still uncovered this year: what it lacks, due by the year's last working day.
    static func coverageItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        guard let p = c.coverageRows[id], !p.covered else { return [] }
        let due = c.calendar.workingDay(onOrBefore: CivilDate.lastOfYear(c.coverage.year))
        var zh: [String] = []
        var en: [String] = []
        if !p.fullSystemInspection {
            zh.append(p.plannedFullSystemInspection ? "全体系GMP检查（已计划）" : "全体系GMP检查")
            en.append(p.plannedFullSystemInspection ? "full-system GMP inspection (planned)" : "full-system GMP inspection")
        }
        if !p.sampling {
            zh.append("制剂抽检")
            en.append("drug-product sampling")
        }
        if p.sitesInspected < p.sitesTotal {
            zh.append("\(p.sitesTotal - p.sitesInspected) 个场地检查")
            en.append("\(p.sitesTotal - p.sitesInspected) site inspection\(p.sitesTotal - p.sitesInspected == 1 ? "" : "s")")
        }
        if !p.holderRequirementMet {
            zh.append("持有人质量体系检查")
            en.append("holder's quality system inspection")
        }
        return [
            c.item(
                .coverageGap, due: due, product: product,
                what: Bilingual(zh: "未覆盖：" + zh.joined(separator: "、"), en: "uncovered: " + en.joined(separator: ", ")),
                from: regulators, record: Finding.RecordRef(.product, p.productId))
        ]
    }

    /// Contract sites of products in production with fewer resident staff than the product's plan asks (2 by the
    /// national minimum): since the day the shortfall began, or the day a departure on file will leave fewer. The
    /// product `id`'s.
    static func residentStaffItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        var out: [DueItem] = []
        if let product, product.isInProduction(on: c.today) {
            let staff = c.index.staff(of: product.id)
            let minimum = SupervisionPlan.required(for: product, in: c.today.year).residentStaff
            for site in c.index.contractSites(of: product) {
                func stationed(_ day: CivilDate) -> Int { staff.count { $0.siteId == site.id && $0.isStationed(on: day) } }
                // The days after each departure on file at this site.
                let departures = staff.compactMap { $0.siteId == site.id ? $0.to?.adding(days: 1) : nil }
                let since: CivilDate
                if stationed(c.today) < minimum {
                    // Short since the latest departure before today, or since production began.
                    let start = product.date(of: .inProduction) ?? c.today
                    since = max(start, departures.filter { $0 <= c.today }.max() ?? start)
                } else if let drop = departures.filter({ $0 > c.today }).sorted().first(where: { stationed($0) < minimum }) {
                    since = drop
                } else {
                    continue
                }
                out.append(
                    c.item(
                        .residentStaff, due: since, product: product,
                        what: Bilingual(
                            zh: "驻厂人员不足 \(minimum) 名（\(site.address)）",
                            en: "under \(minimum) resident staff (\(site.displayAddress(.en)))"),
                        from: c.holder(product), record: Finding.RecordRef(.site, site.id)))
            }
        }
        return out
    }
}
