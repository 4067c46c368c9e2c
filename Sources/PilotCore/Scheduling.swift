public enum Scheduling {
    /// Every conflict of the plan against the store: unknown records, dates, bookings, interests, the pilot's end.
    public static func conflicts(_ plan: InspectionPlan, index: PilotIndex, calendar: WorkingCalendar) -> [SchedulingConflict] {
        var out: [SchedulingConflict] = []
        let product = index.data.products[id: plan.productId]
        if product == nil { out.append(.unknownProduct(plan.productId)) }
        for site in plan.siteIds {
            if index.data.sites[id: site] == nil {
                out.append(.unknownSite(site))
            } else if let product, !product.siteIds.contains(site) {
                out.append(.siteNotOfProduct(site))
            }
        }
        for member in plan.team where index.data.inspectors[id: member] == nil { out.append(.unknownInspector(member)) }
        if plan.end < plan.start { out.append(.endBeforeStart(plan.start, plan.end)) }
        for (which, date) in [(Bilingual(zh: "开始日期", en: "start"), plan.start), (Bilingual(zh: "结束日期", en: "end"), plan.end)]
        where !calendar.isWorkingDay(date) {
            out.append(.notWorkingDay(which: which, date, calendar.kind(of: date)))
        }
        if plan.start == plan.end, out.count(where: { if case .notWorkingDay = $0 { true } else { false } }) == 2 {
            out.removeLast()
        }
        for member in plan.team {
            // Dates first and by index: an inspector's bookings run to hundreds at national scale, and reading each
            // as a whole copied every field (the calendar checks every team it draws, each frame).
            let bookings = index.inspections(ofInspector: member)
            for k in bookings.indices
            where bookings[k].start <= plan.end && plan.start <= bookings[k].end && bookings[k].status != .cancelled
                && bookings[k].id != plan.replacing
            {
                out.append(.doubleBooked(inspector: member, inspection: bookings[k].id, start: bookings[k].start, end: bookings[k].end))
            }
        }
        if let product {
            let enterprises = index.enterpriseIds(of: product)
            for member in plan.team {
                for e in index.data.inspectors[id: member]?.conflicts ?? [] where enterprises.contains(e) {
                    out.append(.conflictOfInterest(inspector: member, enterprise: e))
                }
            }
            if plan.end > Rule.pilotEndDate && product.date(of: .enterpriseAssessment) == nil {
                out.append(.afterPilotEnd(plan.end))
            }
        }
        return out
    }
}
