extension StoreGenerator {
    /// A product's inspections, samplings and measures of one year, from production (or 1 January) to 31 December:
    /// what lies before today is done (a share of it with problems), what lies after it is planned.
    mutating func records(_ product: PilotProduct, year: Int) {
        guard let production = product.date(of: .inProduction) else { return }
        let first = max(CivilDate.firstOfYear(year), production)
        let last = CivilDate.lastOfYear(year)
        guard first <= last, first < today else { return }
        let productsTotal = size.products * size.years
        let types: [(InspectionType, ClosedRange<Int>)] = [
            (.fullGMP, random.chance(0.2) ? 2...2 : 1...1), (.routine, 4...7),
            (.licensing, year == production.year ? 1...1 : (random.chance(0.2) ? 1...1 : 0...0)),
            (.forCause, random.chance(0.15) ? 1...1 : 0...0), (.other, 2...3),
        ]
        for (type, count) in types {
            for _ in 0..<random.int(in: count) {
                inspection(product, type, on: day(between: first, and: last), expected: productsTotal * 12)
            }
        }
        let end = min(last, today.adding(days: -1))
        guard first <= end else { return }
        var batch = 0
        for _ in 0..<random.int(in: 18...26) {
            batch += 1
            sampling(product, year: year, batch: batch, on: day(between: first, and: end), expected: productsTotal * 25)
        }
    }

    /// A working day from `first` to `last` (the last working day before `first` when there is none).
    mutating func day(between first: CivilDate, and last: CivilDate) -> CivilDate {
        let day = calendar.workingDay(onOrAfter: first.adding(days: random.below(first.days(until: last) + 1)))
        return day <= last ? day : calendar.workingDay(onOrBefore: last)
    }

    /// When and by whom: the first day from `day` on (within its year) on which two inspectors of the site's
    /// province are free for the whole inspection, as a task force reschedules around its people; both booked in
    /// the diary. Now and then (one inspection in two hundred) the second is one already booked then, so the
    /// double-booking rule has cases; when nobody is free all year, the pool is short and anyone goes.
    mutating func schedule(at site: Site, on day: CivilDate, workingDays: Int) -> (start: CivilDate, end: CivilDate, team: [String]) {
        let pool = inspectorsIn[site.provinceCode] ?? provinces.first.flatMap { inspectorsIn[$0.code] } ?? []
        let first = random.below(max(1, pool.count))
        let doubleBooked = random.chance(0.005)
        let member = { (step: Int) in pool[(first + step) % pool.count] }
        var start = day
        var end = calendar.adding(workingDays: workingDays, to: start)
        var team = freePair(pool.indices.map(member), from: start, to: end)
        while team.count < 2 {
            let next = calendar.adding(workingDays: 1, to: start)
            guard next.year == day.year else { break }
            start = next
            end = calendar.adding(workingDays: workingDays, to: start)
            team = freePair(pool.indices.map(member), from: start, to: end)
        }
        if team.count < 2 {
            (start, end) = (day, calendar.adding(workingDays: workingDays, to: day))
            team = Array(pool.indices.map(member).prefix(2))
        } else if doubleBooked, let busy = pool.indices.lazy.map(member).first(where: { !diary.isFree($0, from: start, to: end) }) {
            team[1] = busy
        }
        for id in team { diary.book(id, from: start, to: end) }
        return (start, end, team.map { inspectorList[$0].id })
    }

    /// The first two of `candidates` free from `start` to `end` (fewer when fewer are).
    func freePair(_ candidates: [Int], from start: CivilDate, to end: CivilDate) -> [Int] {
        Array(candidates.lazy.filter { diary.isFree($0, from: start, to: end) }.prefix(2))
    }

    mutating func inspection(_ product: PilotProduct, _ type: InspectionType, on day: CivilDate, expected: Int) {
        let sites = product.siteIds.compactMap { data.sites[id: $0] }
        guard let site = sites.isEmpty ? nil : random.pick(sites) else { return }
        let (start, end, team) = schedule(at: site, on: day, workingDays: random.int(in: 1...3))
        let status: InspectionStatus =
            end < today ? (random.chance(0.03) ? .cancelled : .completed) : (start > today ? .planned : .inProgress)
        let holderProvince = provinceOf[product.holderId]
        let partners = Array(Set(sites.map(\.provinceCode)).subtracting([holderProvince ?? ""])).sorted()
        let joint = type == .fullGMP && !partners.isEmpty
        let unannounced = (type == .forCause || type == .routine) && random.chance(0.2)
        var inspection = Inspection(
            id: nextID(.inspection, expected: expected), productId: product.id, siteIds: type == .fullGMP ? sites.map(\.id) : [site.id],
            type: type, unannounced: unannounced, joint: joint, partnerProvinces: joint ? partners : [], start: start, end: end,
            team: team, status: status,
            reason: type == .forCause ? "抽检不符合规定，开展有因检查" : (unannounced ? "合规风险高，开展飞行检查" : nil))
        if type == .fullGMP, product.siteIds.allSatisfy({ data.sites[id: $0]?.enterpriseId != product.holderId }) {
            inspection.holderQualitySystem = random.chance(0.8)
        }
        if status == .completed { complete(&inspection, product) }
        try? data.inspections.insert(inspection)
    }

    /// Defects and a conclusion; a rectification report received and assessed as far as today allows.
    mutating func complete(_ inspection: inout Inspection, _ product: PilotProduct) {
        let roll = random.below(100)
        let conclusion: OnSiteConclusion = roll < 75 ? .compliant : (roll < 95 ? .pendingRectification : .nonCompliant)
        inspection.conclusion = conclusion
        inspection.defects = Defects(
            critical: conclusion == .nonCompliant ? 1 : 0, major: conclusion == .compliant ? 0 : random.int(in: 1...3),
            general: random.int(in: 0...5))
        inspection.assessment = conclusion == .compliant ? "符合要求，继续日常监管" : "整改后评定，跟踪整改落实"
        guard conclusion != .compliant else { return }
        inspection.rectificationDue = DeadlineRule.rectificationReport.due(after: inspection.end, calendar: calendar)
        let received = calendar.adding(workingDays: random.int(in: 10...34), to: inspection.end)
        guard received <= today, random.chance(0.95) else { return }
        inspection.reportReceivedOn = received
        let assessed = calendar.adding(workingDays: random.int(in: 5...24), to: received)
        guard assessed <= today, random.chance(0.95) else { return }
        inspection.overallAssessment = conclusion == .nonCompliant && random.chance(0.5) ? .nonCompliant : .compliant
        inspection.overallAssessmentOn = assessed
        if conclusion == .nonCompliant {
            measure(
                product, answers: AnsweredFinding(.inspection, inspection.id), kind: .rectification, decided: inspection.end,
                deadline: inspection.end.adding(days: 60))
        }
    }

    mutating func sampling(_ product: PilotProduct, year: Int, batch: Int, on date: CivilDate, expected: Int) {
        let segment: Segment = random.chance(0.45) ? .drugSubstance : .drugProduct
        guard let siteId = product.segments.first(where: { $0.segment == segment })?.siteId, let site = data.sites[id: siteId]
        else { return }
        let province = provinces.first { $0.code == site.provinceCode }
        let id = nextID(.sampling, expected: expected)
        let received = calendar.adding(workingDays: 1, to: date)
        // Most labs report within the 25 working days; some are late, and the newest results are not in yet.
        let report = calendar.adding(workingDays: random.chance(0.08) ? random.int(in: 26...40) : random.int(in: 10...25), to: received)
        let reported = report < today
        let conclusion: SamplingConclusion = reported ? (random.chance(0.03) ? .fail : .pass) : .pending
        var sampling = Sampling(
            id: id, productId: product.id, segment: segment, batch: "\(product.id)-\(year)\(batch < 10 ? "0" : "")\(batch)",
            sampledOn: date, place: site.address, samplingUnit: "\(province?.name ?? "")药品监督管理局",
            lab: "\(province?.name ?? "")药品检验研究院", receivedOn: received, testItems: GeneratorNames.testItems[segment],
            reportNo: reported ? "BG\(report.year)-\(id.dropFirst(4))" : nil, reportDate: reported ? report : nil, conclusion: conclusion)
        if !reported && random.chance(0.1) {
            sampling.reportDueExtendedTo = calendar.adding(
                workingDays: 10, to: DeadlineRule.labReport.due(after: received, calendar: calendar))
        }
        if random.chance(0.04) {
            // Commissioned testing (委托检验): the enterprise sent the sample; counted as no sampling.
            sampling.commissioned = true
            sampling.requestedOn = calendar.adding(workingDays: -3, to: date)
            sampling.samplingUnit = nil
        } else if random.chance(0.005) {
            sampling.voided = SamplingVoid(date: min(today, date.adding(days: 20)), reason: "品种录错，已作废并另行录入")
        }
        if conclusion == .fail, !sampling.commissioned, sampling.voided == nil {
            failed(&sampling, product, report: report)
        }
        try? data.samplings.insert(sampling)
    }

    /// A failed result: served on the enterprise, perhaps re-tested, and answered by measures.
    mutating func failed(_ sampling: inout Sampling, _ product: PilotProduct, report: CivilDate) {
        let served = calendar.adding(workingDays: random.int(in: 1...5), to: report)
        guard served <= today else { return }
        sampling.reportServedOn = served
        if random.chance(0.4) {
            let requested = calendar.adding(workingDays: random.int(in: 1...6), to: served)
            if requested <= today { sampling.retest = Retest(requestedOn: requested, result: random.pick([.pass, .fail, .pending])) }
        }
        let answers = AnsweredFinding(.sampling, sampling.id)
        measure(product, answers: answers, kind: .sealSeize, decided: report, deadline: nil)
        measure(
            product, answers: answers, kind: random.pick([.recall, .suspendProduction, .interview]), decided: report,
            deadline: report.adding(days: 15))
    }

    /// A measure decided on `decided`; most whose deadline has passed are done, with their evidence.
    mutating func measure(_ product: PilotProduct, answers: AnsweredFinding, kind: MeasureKind, decided: CivilDate, deadline: CivilDate?) {
        let province = provinceOf[product.holderId].flatMap { code in provinces.first { $0.code == code } }
        let owner = province.flatMap { inspectorsIn[$0.code]?.first.map { inspectorList[$0].name } } ?? "专班"
        let closing = calendar.adding(workingDays: random.int(in: 3...12), to: decided)
        let done = closing < today && random.chance(0.8)
        try? data.measures.insert(
            Measure(
                id: nextID(.measure, expected: size.products * size.years * 2), productId: product.id, answers: answers, kind: kind,
                decidedOn: decided, decidedBy: "\(province?.name ?? "")药品监督管理局", owner: owner,
                deadline: kind.hasStatutoryDeadline ? nil : deadline, status: done ? .done : .open, closedOn: done ? closing : nil,
                evidence: done ? "\(province?.short ?? "")药监〔\(closing.year)〕\(answers.id.suffix(4))号" : nil))
    }
}
