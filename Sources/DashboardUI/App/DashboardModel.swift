import PilotCore

/// What the screens show, derived from the store once per revision (never per keystroke):
/// the index, findings per product, and product rows with their search text and sort orders.
public struct DashboardModel: Sendable {
    public struct ProductRow: Equatable, Sendable {
        public let product: PilotProduct
        public let holder: Enterprise?
        public let leadProvince: Province?
        public let crossProvince: Bool
        public let errors: Int
        public let warnings: Int
        /// The name's pinyin, for the sort by name in Chinese.
        let nameKey: PinyinKey
        /// The English name lower-cased, for the sort by name in English.
        let nameKeyEn: String
        /// Lower-cased name, holder, contract manufacturers, provinces, type and basis in both languages, and the
        /// pinyin of the Chinese names.
        let haystack: SearchHaystack
    }

    public internal(set) var index: PilotIndex
    /// The calendar and province table, kept across rebuilds (`dataChanged` builds the next model with the same data).
    public let reference: ReferenceData
    public var calendar: WorkingCalendar { reference.calendar }
    public var provinces: ProvinceTable { reference.provinces }
    public let today: CivilDate
    public internal(set) var revision: Int
    /// The findings in the parts an edit redoes.
    var findings: FindingsByProduct
    public var findingsByProduct: [String: [Finding]] { findings.byProduct }
    public var otherFindings: [Finding] { findings.other }
    public internal(set) var rows: [ProductRow]
    /// The products table's widest id, type and stage in each language.
    var productWidths: [Language: ProductList.Longest]
    /// Row positions in each sort order; the order by name is the language's (`nameOrders`).
    var orders: [ProductSort: [Int]]
    /// By the Chinese name's pinyin (楚 < 四 < 苏) in Chinese, alphabetically by the English name in English.
    var nameOrders: [Language: [Int]]
    /// Inspections overlapping each month (key year × 12 + month − 1), each month's in start order, so a calendar
    /// frame reads only its weeks. Made after the first frame.
    var calendarMonths: ModelPart<[Int: [CalendarBooking]]>
    var inspectionsByMonth: [Int: [CalendarBooking]] { calendarMonths.value }
    public internal(set) var coverage: CoverageReport
    /// The positions of the coverage rows the last update replaced in place, its province totals' list unchanged,
    /// so the coverage pane patches those rows' lines (nil: the report was built anew; the pane builds its lines).
    var coverageReplaced: [Int]?
    /// The sampling pane's rows, orders, search text and year summaries: made after the first frame.
    var samplingList: ModelPart<SamplingList>
    public var samplingRows: [SamplingRow] { samplingList.value.rows }
    /// The sampling list's sort orders, so a filter keystroke never sorts.
    var samplingOrders: SamplingOrders { samplingList.value.orders }
    /// The sampling rows' search text, contiguous, for the filter's first keystroke.
    var samplingCorpus: SearchCorpus { samplingList.value.corpus }
    /// The sampling pane's year summaries.
    var samplingSummaries: SamplingYearSummaries { samplingList.value.summaries }
    /// Everything due, for the due pane and the overdue count on every status line: made after the first frame.
    var dueList: ModelPart<DueRows>
    public var due: DueRows { dueList.value }
    /// The overdue count, once the due list is taken in (`settle`); nil before, so a frame never waits for it.
    public var overdueCount: Int? { dueList.isMade ? dueList.value.overdueCount : nil }

    public init(data: PilotData, revision: Int, today: CivilDate, reference: ReferenceData) {
        let calendar = reference.calendar
        let index = PilotIndex(data)
        self.index = index
        self.reference = reference
        self.today = today
        self.revision = revision
        let findings = FindingsByProduct(RulesEngine(reference: reference, today: today), index: index)
        self.findings = findings
        var search = SearchText()
        rows = data.products.map {
            DashboardModel.row($0, index: index, findings: findings, provinces: reference.provinces, search: &search)
        }
        let rows = self.rows
        productWidths = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ProductList.longest(rows, $0)) })
        orders = DashboardModel.keyedOrders(rows)
        nameOrders = DashboardModel.nameOrders(rows)
        let coverage = Coverage.report(year: today.year, asOf: today, index: index)
        self.coverage = coverage
        coverageReplaced = nil
        // The parts the first frame does not show, made on other cores from here while the dashboard draws. The
        // sampling list and the calendar need nothing the rest of the model makes, but started first they took the
        // second core from the index, findings and coverage, which split their work across both (first frame
        // 1.3 s → 1.05 s at national scale; the sampling pane shown 0.2 s later). The due list, whose overdue count
        // the status line shows, comes first (the first frame 125 ms sooner at national scale).
        dueList = ModelPart { DueRows(DueList(index: index, today: today, calendar: calendar, coverage: coverage)) }
        samplingList = ModelPart { SamplingList(data: data, today: today, calendar: calendar) }
        calendarMonths = ModelPart { DashboardModel.bookingsByMonth(data.inspections) }
    }

    /// Takes in the parts made on another core that are done by now; never waits.
    public mutating func settle() {
        dueList.settle()
        samplingList.settle()
        calendarMonths.settle()
    }

    /// Whether every part made after the first frame is taken in.
    public var isSettled: Bool { dueList.isMade && samplingList.isMade && calendarMonths.isMade }

    /// Waits for the parts made on another core and takes them in: a model at rest, for measuring its keys, and
    /// before an update changes what they were made from.
    public mutating func finish() {
        _ = (dueList.value, samplingList.value, calendarMonths.value)
        settle()
    }

    /// The sampling pane's part of the model, built apart from the rest (on another core).
    struct SamplingList: Sendable {
        var rows: [SamplingRow]
        var orders: SamplingOrders
        var corpus: SearchCorpus
        var summaries: SamplingYearSummaries

        init(data: PilotData, today: CivilDate, calendar: WorkingCalendar) {
            rows = DashboardModel.samplingRows(data, today: today, calendar: calendar)
            orders = SamplingOrders(rows, products: data.products.records)
            corpus = SearchCorpus(rows.lazy.map(\.haystack))
            summaries = SamplingYearSummaries(rows)
        }
    }

    /// A product's row: its holder, provinces, finding counts and search text.
    static func row(
        _ p: PilotProduct, index: PilotIndex, findings: FindingsByProduct, provinces: ProvinceTable, search: inout SearchText
    ) -> ProductRow {
        let holder = index.holder(of: p)
        let lead = index.leadProvince(of: p).flatMap { provinces.named(code: $0) }
        let found = findings.byProduct[p.id] ?? []
        var words = [p.id, p.nameEn ?? "", p.type.rawValue, p.type.label.zh, p.type.label.en]
        var names = [p.name]
        if let basis = p.basis { words += [basis.rawValue, basis.label.zh, basis.label.en] }
        for e in [holder].compactMap({ $0 }) + index.contractManufacturers(of: p) {
            names.append(e.name)
            words.append(e.nameEn ?? "")
        }
        for code in index.provinces(of: p) {
            if let province = provinces.named(code: code) {
                names.append(province.name)
                words += [province.en, province.short]
            }
        }
        return ProductRow(
            product: p, holder: holder, leadProvince: lead, crossProvince: index.isCrossProvince(p),
            errors: found.filter { $0.severity == .error }.count,
            warnings: found.filter { $0.severity == .warning }.count,
            nameKey: PinyinKey(p.name), nameKeyEn: p.displayName(.en).lowercased(), haystack: search.of(words: words, names: names))
    }

    /// The sorts whose order is the same in both languages.
    static let keyedSorts: [ProductSort] = [.id, .province, .stage, .findings]

    /// The order of two rows in a sort other than by name; the id breaks ties.
    static func precedes(_ sort: ProductSort, _ a: ProductRow, _ b: ProductRow) -> Bool {
        switch sort {
        case .province: return (a.leadProvince?.code ?? "", a.product.id) < (b.leadProvince?.code ?? "", b.product.id)
        case .stage: return (-(a.product.stage?.order ?? -1), a.product.id) < (-(b.product.stage?.order ?? -1), b.product.id)
        case .findings: return (-a.errors, -a.warnings, a.product.id) < (-b.errors, -b.warnings, b.product.id)
        case .id, .name: return a.product.id < b.product.id
        }
    }

    /// The order by name in the language: pinyin in Chinese, the English name in English.
    static func precedesByName(_ L: Language, _ a: ProductRow, _ b: ProductRow) -> Bool {
        switch L {
        case .en: return (a.nameKeyEn, a.product.id) < (b.nameKeyEn, b.product.id)
        case .zh: return (a.nameKey, a.product.id) < (b.nameKey, b.product.id)
        }
    }

    static func startsBefore(_ a: CalendarBooking, _ b: CalendarBooking) -> Bool { (a.start, a.id) < (b.start, b.id) }

    /// The months (year × 12 + month − 1) an inspection is listed under: those it overlaps, two years at most.
    static func months(of i: Inspection) -> ClosedRange<Int> { months(start: i.start, end: i.end) }
    static func months(of b: CalendarBooking) -> ClosedRange<Int> { months(start: b.start, end: b.end) }

    private static func months(start: CivilDate, end: CivilDate) -> ClosedRange<Int> {
        let first = start.year * 12 + start.month - 1
        return first...max(first, min(first + 24, end.year * 12 + end.month - 1))
    }
}

extension DashboardModel {
    /// Bookings overlapping [first, last], in start order, read from the month index. The calendar asks several
    /// times a frame for six weeks (thousands of inspections at national scale), so neither a set of ids nor a sort:
    /// an inspection is taken from the first of its months in the range, and as each month's list is in start order
    /// and a later month adds only inspections that start in it, the months in turn are already in start order.
    func bookings(from first: CivilDate, to last: CivilDate) -> [CalendarBooking] {
        let firstMonth = first.year * 12 + first.month - 1
        var out: [CalendarBooking] = []
        for m in firstMonth...(last.year * 12 + last.month - 1) {
            for b in inspectionsByMonth[m] ?? []
            where max(DashboardModel.months(of: b).lowerBound, firstMonth) == m && b.overlaps(first, last) {
                out.append(b)
            }
        }
        return out
    }

    /// `bookings(from:to:)` as the inspections themselves, for views that read more than the grid does.
    func inspections(from first: CivilDate, to last: CivilDate) -> [Inspection] {
        bookings(from: first, to: last).compactMap { index.data.inspections[id: $0.id] }
    }
}
