import PilotCore

/// What the screens show, derived from the store once per revision (never per keystroke):
/// the index, findings per product, and product rows with their search text and sort orders.
public struct DashboardModel: Sendable {
    public struct ProductRow: Sendable {
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

    public let index: PilotIndex
    /// The calendar and province table, kept across rebuilds (`dataChanged` builds the next model with the same data).
    public let reference: ReferenceData
    public var calendar: WorkingCalendar { reference.calendar }
    public var provinces: ProvinceTable { reference.provinces }
    public let today: CivilDate
    public let revision: Int
    public let findingsByProduct: [String: [Finding]]
    public let otherFindings: [Finding]
    public let rows: [ProductRow]
    /// The products table's widest id, type and stage in each language.
    let productWidths: [Language: ProductList.Longest]
    /// Row positions in each sort order; the order by name is the language's (`nameOrders`).
    let orders: [ProductSort: [Int]]
    /// By the Chinese name's pinyin (楚 < 四 < 苏) in Chinese, alphabetically by the English name in English.
    let nameOrders: [Language: [Int]]
    /// Inspections by start date, for the calendar.
    public let inspectionsByStart: [Inspection]
    /// Inspections overlapping each month (key year × 12 + month − 1), so a calendar frame reads only its weeks.
    let inspectionsByMonth: [Int: [Inspection]]
    public let coverage: CoverageReport
    public let samplingRows: [SamplingRow]
    /// The sampling list's sort orders, so a filter keystroke never sorts.
    let samplingOrders: SamplingOrders
    /// The sampling pane's year summaries.
    let samplingSummaries: SamplingYearSummaries
    /// Everything due, for the due pane and the overdue count on every status line.
    public let due: DueRows

    public init(data: PilotData, revision: Int, today: CivilDate, reference: ReferenceData) {
        let index = PilotIndex(data)
        let calendar = reference.calendar
        self.index = index
        self.reference = reference
        self.today = today
        self.revision = revision
        let findings = RulesEngine(reference: reference, today: today).findings(index)
        var byProduct: [String: [Finding]] = [:]
        var other: [Finding] = []
        for f in findings {
            if let p = f.productId { byProduct[p, default: []].append(f) } else { other.append(f) }
        }
        findingsByProduct = byProduct
        otherFindings = other
        var search = SearchText()
        rows = data.products.map { p in
            let holder = index.holder(of: p)
            let lead = index.leadProvince(of: p).flatMap { reference.provinces.named(code: $0) }
            let found = byProduct[p.id] ?? []
            var words = [p.id, p.nameEn ?? "", p.type.rawValue, p.type.label.zh, p.type.label.en]
            var names = [p.name]
            if let basis = p.basis { words += [basis.rawValue, basis.label.zh, basis.label.en] }
            for e in [holder].compactMap({ $0 }) + index.contractManufacturers(of: p) {
                names.append(e.name)
                words.append(e.nameEn ?? "")
            }
            for code in index.provinces(of: p) {
                if let province = reference.provinces.named(code: code) {
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
        var orders: [ProductSort: [Int]] = [:]
        let positions = Array(rows.indices)
        let rows = self.rows
        productWidths = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, ProductList.longest(rows, $0)) })
        orders[.id] = positions.sorted { rows[$0].product.id < rows[$1].product.id }
        orders[.province] = positions.sorted {
            (rows[$0].leadProvince?.code ?? "", rows[$0].product.id) < (rows[$1].leadProvince?.code ?? "", rows[$1].product.id)
        }
        orders[.stage] = positions.sorted {
            (-(rows[$0].product.stage?.order ?? -1), rows[$0].product.id) < (-(rows[$1].product.stage?.order ?? -1), rows[$1].product.id)
        }
        orders[.findings] = positions.sorted {
            (-rows[$0].errors, -rows[$0].warnings, rows[$0].product.id) < (-rows[$1].errors, -rows[$1].warnings, rows[$1].product.id)
        }
        self.orders = orders
        nameOrders = [
            .zh: positions.sorted { (rows[$0].nameKey, rows[$0].product.id) < (rows[$1].nameKey, rows[$1].product.id) },
            .en: positions.sorted { (rows[$0].nameKeyEn, rows[$0].product.id) < (rows[$1].nameKeyEn, rows[$1].product.id) },
        ]
        inspectionsByStart = data.inspections.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        var byMonth: [Int: [Inspection]] = [:]
        for i in inspectionsByStart {
            let first = i.start.year * 12 + i.start.month - 1
            let last = max(first, min(first + 24, i.end.year * 12 + i.end.month - 1))
            for m in first...last { byMonth[m, default: []].append(i) }
        }
        inspectionsByMonth = byMonth
        coverage = Coverage.report(year: today.year, asOf: today, index: index)
        samplingRows = DashboardModel.samplingRows(data, index: index, today: today, calendar: calendar)
        samplingOrders = SamplingOrders(samplingRows, products: data.products.records)
        samplingSummaries = SamplingYearSummaries(samplingRows)
        due = DueRows(DueList(index: index, today: today, calendar: calendar, coverage: coverage))
    }
}

extension DashboardModel {
    /// Inspections overlapping [first, last], in start order, read from the month index.
    func inspections(from first: CivilDate, to last: CivilDate) -> [Inspection] {
        var seen = Set<String>()
        var out: [Inspection] = []
        for m in (first.year * 12 + first.month - 1)...(last.year * 12 + last.month - 1) {
            for i in inspectionsByMonth[m] ?? [] where i.overlaps(first, last) && seen.insert(i.id).inserted { out.append(i) }
        }
        return out.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }
}
