/// Runs every rule and record check over an index as of `today`. Pure: the same store and day give the same findings.
public struct RulesEngine: Sendable {
    public let reference: ReferenceData
    public var calendar: WorkingCalendar { reference.calendar }
    public let today: CivilDate

    public init(reference: ReferenceData, today: CivilDate) {
        self.reference = reference
        self.today = today
    }

    /// All findings, errors first, then by product and rule.
    public func findings(_ index: PilotIndex) -> [Finding] {
        // Each product's findings depend on it and the index alone: the products are shared among the cores.
        let products = index.data.products
        var out = ParallelRuns.map(products.count) { run in run.flatMap { productFindings(products[$0], index) } }.flatMap { $0 }
        out += enterpriseFindings(index)
        out += PilotSummaryRule.finding(index.data, today: today).map { [$0] } ?? []
        out += bookingFindings(index)
        return Self.errorsFirst(out)
    }

    /// Errors, then warnings, then information, each in the order found: a stable sort by severity in one pass
    /// per severity, without moving every finding through a comparison sort.
    static func errorsFirst(_ findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(findings.count)
        for severity in Finding.Severity.allCases { out += findings.lazy.filter { $0.severity == severity } }
        return out
    }

    /// The findings about one product and its records (inspections, samplings, staff).
    public func productFindings(_ product: PilotProduct, _ index: PilotIndex) -> [Finding] {
        var out: [Finding] = []
        out += ProductRules.references(product, index)
        out += ProductRules.completeness(product)
        out += ProductRules.scope(product)
        out += ProductRules.contractExperience(product, index, today: today)
        out += ProductRules.unifiedQualitySystem(product, index)
        out += ProductRules.liability(product, index)
        out += ProductRules.applicationDeadline(product)
        out += ProductRules.jointPlan(product, index, provinces: reference.provinces)
        out += ProductRules.approvalOrder(product)
        out += ProductRules.residentStaff(product, index, today: today)
        out += ProductRules.documentAddresses(product, index)
        out += CoverageRule.findings(product, index, today: today, calendar: calendar)
        out += ProductRules.pilotEnd(product, index)
        out += ProductRules.vaccines(product, today: today)
        out += ProductRules.segmented(product, index)
        out += InspectionChecks.conflicts(product, index)
        out += InspectionChecks.team(product, index, provinces: reference.provinces)
        out += InspectionChecks.rectifications(product, index, today: today, calendar: calendar)
        out += SamplingChecks.findings(product, index, today: today, calendar: calendar)
        out += MeasureChecks.findings(product, index, today: today, calendar: calendar)
        return out
    }

    func enterpriseFindings(_ index: PilotIndex) -> [Finding] {
        index.data.enterprises.compactMap { e in
            let ref = Finding.RecordRef(.enterprise, e.id)
            switch CreditCode.problem(in: e.creditCode) {
            case nil:
                return nil
            case .badCheckCharacter(let expected, let found):
                return Finding(
                    .warning, .creditCode, productId: nil, record: ref,
                    Bilingual(
                        zh: "\(e.name) 的统一社会信用代码 \(e.creditCode) 校验码为 \(found)，按规则应为 \(expected)，请核对",
                        en:
                            "\(e.displayName(.en)): credit code \(e.creditCode) ends in \(found), its check character should be \(expected); verify it"
                    ))
            case .wrongLength(let n):
                return Finding(
                    .error, .creditCode, productId: nil, record: ref,
                    Bilingual(
                        zh: "\(e.name) 的统一社会信用代码 \(e.creditCode) 为 \(n) 位，应为 18 位",
                        en: "\(e.displayName(.en)): credit code \(e.creditCode) has \(n) characters, not 18"))
            case .invalidCharacter(let c, let position):
                return Finding(
                    .error, .creditCode, productId: nil, record: ref,
                    Bilingual(
                        zh: "\(e.name) 的统一社会信用代码第 \(position) 位“\(c)”不是合法字符",
                        en: "\(e.displayName(.en)): credit code character \(position) \"\(c)\" is not allowed"))
            }
        }
    }

    /// An inspector in two overlapping inspections that are not cancelled.
    func bookingFindings(_ index: PilotIndex) -> [Finding] {
        // Each inspector's bookings are theirs alone: the inspectors are shared among the cores, in order.
        let inspectors = index.data.inspectors
        return Array(ParallelRuns.map(inspectors.count) { run in run.flatMap { bookingFindings(of: inspectors[$0], index) } }.joined())
    }

    /// One inspector's double bookings, each about the later inspection's product.
    func bookingFindings(of inspector: Inspector, _ index: PilotIndex) -> [Finding] {
        var out: [Finding] = []
        // Positions, not inspections, are filtered and sorted, by dates read once: an inspection is a large value to copy.
        let booked = index.inspections(ofInspector: inspector.id)
        let starts = booked.indices.map { booked[$0].start }
        let ends = booked.indices.map { booked[$0].end }
        var order = booked.indices.filter { booked[$0].status != .cancelled }
        order.sort { starts[$0] < starts[$1] }
        // The booking ending last so far, by position.
        var latest: Int?
        for position in order {
            if let last = latest, starts[position] <= ends[last] {
                let (booking, previous) = (booked[position], booked[last])
                out.append(
                    Finding(
                        .warning, .doubleBooking, productId: booking.productId,
                        record: .init(.inspection, booking.id),
                        Bilingual(
                            zh:
                                "检查员 \(inspector.name) 同时安排在 \(previous.id)（\(previous.start)–\(previous.end)）和 \(booking.id)（\(booking.start)–\(booking.end)）",
                            en:
                                "Inspector \(inspector.displayName(.en)) is booked on both \(previous.id) (\(previous.start)–\(previous.end)) and \(booking.id) (\(booking.start)–\(booking.end))"
                        )))
            }
            if latest.map({ ends[position] > ends[$0] }) ?? true { latest = position }
        }
        return out
    }
}
