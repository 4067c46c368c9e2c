/// Proposes dates and teams for every missing full-system GMP inspection of a year (as many as the product's own
/// supervision plan asks, one at least), from the day after today
/// to the year's end: working days only, no inspector booked twice, no conflict of interest, at most
/// `maxPerWeek` inspections starting in any week, and a team of at least two with one inspector of the holder's
/// province and one of every partner province (a joint inspection with every partner). What cannot fit is reported with
/// the reason, never dropped.
public enum Planner {
    public struct Proposal: Hashable, Sendable {
        public let productId: String
        public let start: CivilDate
        public let end: CivilDate
        public let team: [String]
        public let siteIds: [String]
        /// Every province a contract site is in, other than the holder's: the inspection is joint with each.
        public let partnerProvinces: [String]
        /// The holder has no site of its own: the inspection also covers its quality system.
        public let holderQualitySystem: Bool
    }

    public struct Unplaced: Hashable, Sendable {
        public let productId: String
        public let reason: Bilingual
    }

    public struct Result: Hashable, Sendable {
        public let year: Int
        public let proposals: [Proposal]
        public let unplaced: [Unplaced]
        /// In-scope products with a planned or in-progress full-gmp inspection already: nothing to propose.
        public let alreadyPlanned: [String]
        /// In-scope products without a sampling in the year (samplings are not scheduled here).
        public let missingSamplings: [String]

        public init(year: Int, proposals: [Proposal], unplaced: [Unplaced], alreadyPlanned: [String], missingSamplings: [String]) {
            self.year = year
            self.proposals = proposals
            self.unplaced = unplaced
            self.alreadyPlanned = alreadyPlanned
            self.missingSamplings = missingSamplings
        }
    }

    /// Working days an inspection takes.
    public static let inspectionDays = 3

    public static func plan(index: PilotIndex, year: Int, today: CivilDate, calendar: WorkingCalendar, maxPerWeek: Int) -> Result {
        let report = Coverage.report(year: year, asOf: today, index: index)
        let lastDay = CivilDate.lastOfYear(year)
        // As many full-system inspections as the product's plan asks (one at least), less those done or on the calendar.
        func needed(_ c: ProductCoverage) -> Int { c.plan.fullSystemInspections - c.fullSystemInspections - c.plannedFullSystemInspections }
        let missing = report.products.filter { needed($0) > 0 }
        let planned = report.products.filter { !$0.fullSystemRequirementMet && needed($0) <= 0 }.map(\.productId)
        let missingSamplings = report.products.filter { !$0.sampling || !$0.drugSubstanceRequirementMet }.map(\.productId)
        let coverage = Dictionary(uniqueKeysWithValues: report.products.map { ($0.productId, $0) })

        // Bookings per inspector and starts per week, existing and proposed.
        var busy: [String: [(CivilDate, CivilDate)]] = [:]
        var startsPerWeek: [Int: Int] = [:]
        func weekKey(_ d: CivilDate) -> Int { d.adding(days: 1 - d.weekday).dayNumber }
        let firstDay = max(calendar.adding(workingDays: 1, to: today), CivilDate.firstOfYear(year))
        // Only bookings that reach the first day a proposal may take can keep an inspector busy: the years before
        // (most of an inspector's hundreds) are left out of the check every candidate day makes of every inspector.
        index.data.inspections.forEachPosition { _, i in
            guard i.status != .cancelled else { return }
            if i.end >= firstDay { for member in i.team { busy[member, default: []].append((i.start, i.end)) } }
            startsPerWeek[weekKey(i.start), default: 0] += 1
        }
        func free(_ inspector: String, _ start: CivilDate, _ end: CivilDate) -> Bool {
            !(busy[inspector] ?? []).contains { $0.0 <= end && start <= $0.1 }
        }
        let inspectors = index.data.inspectors.records.sorted { $0.id < $1.id }

        // Riskier products first, then by id, so the scarce late-year slots go where they matter most.
        let order = missing.compactMap { index.data.products[id: $0.productId] }.sorted {
            ($0.risk?.relative ?? .low, $1.id) > ($1.risk?.relative ?? .low, $0.id)
        }
        var proposals: [Proposal] = []
        var unplaced: [Unplaced] = []
        for product in order {
            let enterprises = index.enterpriseIds(of: product)
            let clean = inspectors.filter { !$0.conflicts.contains(where: enterprises.contains) }
            let provinces = index.provinces(of: product)
            let partners = Array(provinces.dropFirst())
            guard let c = coverage[product.id] else { continue }
            // A second inspection the plan asks for starts after the first one proposed ends.
            var from = firstDay
            for _ in 0..<needed(c) {
                var sawCapacity = false
                var sawWindow = false
                var placed: Proposal?
                var day = calendar.workingDay(onOrAfter: from)
                while placed == nil {
                    let end = calendar.adding(workingDays: inspectionDays - 1, to: day)
                    guard end <= lastDay else { break }
                    sawWindow = true
                    if startsPerWeek[weekKey(day), default: 0] < maxPerWeek {
                        sawCapacity = true
                        let available = clean.filter { free($0.id, day, end) }
                        // One inspector of every province the product is made in, and at least two in all.
                        let (team, missing) = TeamChoice.choose(available, provinces: provinces)
                        if missing.isEmpty && team.count >= TeamChoice.minimumTeam {
                            placed = Proposal(
                                productId: product.id, start: day, end: end, team: team.map(\.id), siteIds: product.siteIds,
                                partnerProvinces: partners, holderQualitySystem: Coverage.holderInspectionRequired(product, index: index))
                        }
                    }
                    day = calendar.workingDay(onOrAfter: day.adding(days: 1))
                }
                if let placed {
                    proposals.append(placed)
                    for member in placed.team { busy[member, default: []].append((placed.start, placed.end)) }
                    startsPerWeek[weekKey(placed.start), default: 0] += 1
                    from = placed.end.adding(days: 1)
                } else {
                    var reason: Bilingual
                    if !sawWindow {
                        reason = Bilingual(
                            zh: "年底前已不足 \(inspectionDays) 个工作日", en: "fewer than \(inspectionDays) working days left before the year's end")
                    } else if !sawCapacity {
                        reason = Bilingual(
                            zh: "年底前每周检查数已满（每周最多 \(maxPerWeek) 次）",
                            en: "every week to the year's end is full (at most \(maxPerWeek) a week)")
                    } else if !partners.isEmpty {
                        reason = Bilingual(
                            zh: "年底前找不到持有人所在省和每个合作省各一名空闲且无利益冲突的检查员",
                            en:
                                "no free inspectors without a conflict of interest from the holder's and every partner province before the year's end"
                        )
                    } else {
                        reason = Bilingual(
                            zh: "年底前找不到两名空闲且无利益冲突的检查员", en: "no two free inspectors without a conflict of interest before the year's end")
                    }
                    if let short = c.planShortfalls.first(where: { $0.item == .fullSystemInspections }) {
                        reason = Bilingual(zh: "\(short.text.zh)：\(reason.zh)", en: "\(short.text.en): \(reason.en)")
                    }
                    unplaced.append(Unplaced(productId: product.id, reason: reason))
                    break
                }
            }
        }
        return Result(
            year: year, proposals: proposals.sorted { ($0.start, $0.productId) < ($1.start, $1.productId) },
            unplaced: unplaced, alreadyPlanned: planned, missingSamplings: missingSamplings)
    }

    /// The planned inspection a proposal becomes when accepted.
    public static func inspection(_ p: Proposal, id: String) -> Inspection {
        var inspection = Inspection(
            id: id, productId: p.productId, siteIds: p.siteIds, type: .fullGMP, joint: !p.partnerProvinces.isEmpty,
            partnerProvinces: p.partnerProvinces, start: p.start, end: p.end, team: p.team, status: .planned,
            reason: "annual full-system GMP inspection (work plan 五(二)), proposed by biopilot plan")
        if p.holderQualitySystem { inspection.holderQualitySystem = true }
        return inspection
    }
}
