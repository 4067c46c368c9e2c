/// What the inspection form starts with, so that scheduling the year's missing inspections is mostly Enter:
/// the first in-scope product still without this year's full-system GMP inspection, full-gmp, the chosen day
/// to two working days later, all the product's sites, and a team chosen by jurisdiction (`TeamChoice`: one
/// inspector of every province the product is made in, at least two) from those free then and without a
/// conflict of interest with the product's enterprises.
public enum SchedulingSuggestion {
    /// Products in scope for the day's year that have no completed, in-progress or planned full-gmp inspection
    /// in that year, in id order.
    public static func productsLackingFullGMP(index: PilotIndex, year: Int, asOf: CivilDate) -> [PilotProduct] {
        index.data.products.records
            .filter { Coverage.isInScope($0, year: year, asOf: asOf) }
            .filter { p in
                !index.inspections(of: p.id).contains {
                    $0.type == .fullGMP && $0.status != .cancelled && ($0.start.year == year || $0.end.year == year)
                }
            }
            .sorted { $0.id < $1.id }
    }

    /// Inspectors (in id order) free on every day of [start, end] and without a conflict with the product.
    public static func freeInspectors(
        for product: PilotProduct, start: CivilDate, end: CivilDate, index: PilotIndex,
        excluding inspection: String? = nil
    ) -> [Inspector] {
        let enterprises = index.enterpriseIds(of: product)
        return index.data.inspectors.records.sorted { $0.id < $1.id }.filter { inspector in
            guard !inspector.conflicts.contains(where: enterprises.contains) else { return false }
            return !index.inspections(ofInspector: inspector.id).contains {
                $0.id != inspection && $0.status != .cancelled && $0.overlaps(start, end)
            }
        }
    }

    public static func plan(
        on day: CivilDate, today: CivilDate, index: PilotIndex, calendar: WorkingCalendar,
        product preferred: PilotProduct? = nil
    ) -> InspectionPlan? {
        let candidates = productsLackingFullGMP(index: index, year: day.year, asOf: today)
        guard let product = preferred ?? candidates.first ?? index.data.products.records.sorted(by: { $0.id < $1.id }).first else {
            return nil
        }
        // A weekend or holiday is not what anyone means: start on the next working day.
        let start = calendar.workingDay(onOrAfter: day)
        let end = calendar.adding(workingDays: 2, to: start)
        let free = freeInspectors(for: product, start: start, end: end, index: index)
        let team = TeamChoice.choose(free, provinces: index.provinces(of: product)).team.map(\.id)
        return InspectionPlan(productId: product.id, type: .fullGMP, start: start, end: end, siteIds: product.siteIds, team: team)
    }
}
