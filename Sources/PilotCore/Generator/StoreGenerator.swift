/// A synthetic store at any scale (`biopilot generate`): enterprises, sites and inspectors in the chosen
/// provinces, products on the pilot's path, and for every product-year in production about ten inspections (of
/// every type over the years), about twenty samplings across both segments, resident staff coming and going, and
/// a share of problems (failed samplings, non-compliant inspections, late lab reports, measures). The same size, seed and day give the
/// same data; it is built in memory in one pass, with no id or record looked up by scanning.
public struct StoreGenerator {
    let size: GeneratorSize
    let today: CivilDate
    let calendar: WorkingCalendar
    let provinces: [Province]
    var random: SplitMix64
    var data = PilotData()
    /// Sites by enterprise, and the sites licensed for each segment, in id order.
    var sitesOf: [String: [Site]] = [:]
    var substanceSites: [Site] = []
    var productSites: [Site] = []
    /// Inspectors by province, as positions in `inspectorList` (the diary's numbering).
    var inspectorList: [Inspector] = []
    var inspectorsIn: [String: [Int]] = [:]
    var diary: InspectorDiary
    var provinceOf: [String: String] = [:]
    var counters: [EntityKind: Int] = [:]

    public static func make(_ size: GeneratorSize, seed: UInt64, today: CivilDate, reference: ReferenceData) -> PilotData {
        var generator = StoreGenerator(size: size, seed: seed, today: today, reference: reference)
        generator.build()
        return generator.data
    }

    init(size: GeneratorSize, seed: UInt64, today: CivilDate, reference: ReferenceData) {
        self.size = size
        self.today = today
        calendar = reference.calendar
        provinces = Array(reference.provinces.all.prefix(size.provinces))
        random = SplitMix64(seed: seed)
        diary = InspectorDiary(inspectors: 0, from: today, to: today)
    }

    var years: ClosedRange<Int> { (today.year - size.years + 1)...today.year }

    /// The next id of a kind, zero-padded to the width the whole store needs (P0001 … P2000).
    mutating func nextID(_ kind: EntityKind, expected: Int) -> String {
        let n = (counters[kind] ?? 0) + 1
        counters[kind] = n
        let digits = String(n)
        let width = max(kind.idWidth, String(expected).count)
        return kind.idPrefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    mutating func build() {
        enterprises()
        products()
        inspectors()
        for product in data.products.records {
            staff(product)
            for year in years { records(product, year: year) }
        }
    }

    // MARK: Enterprises, sites, inspectors

    mutating func enterprises() {
        let count = max(2, size.products * 2 / 5)
        for _ in 0..<count {
            let province = random.pick(provinces)
            let id = nextID(.enterprise, expected: count)
            let a = random.pick(GeneratorNames.syllables)
            let b = random.pick(GeneratorNames.syllables)
            let suffix = random.pick(GeneratorNames.enterpriseSuffixes)
            let region = province.code.allSatisfy(\.isNumber) ? province.code : "660000"
            let digits = String(id.filter(\.isNumber).suffix(6))
            let first17 = "91" + region + "MA" + String(repeating: "0", count: 6 - digits.count) + digits + "X"
            let classes: Set<LicenceClass> = random.pick([[.a], [.b], [.a, .c], [.c]])
            let since = CivilDate.firstOfYear(2005).adding(days: random.below(17 * 365))
            try? data.enterprises.insert(
                Enterprise(
                    id: id, name: province.short + a.zh + b.zh + suffix.zh,
                    nameEn: "\(province.en) \(a.en)\(b.en.lowercased()) \(suffix.en)",
                    creditCode: first17 + String(CreditCode.checkCharacter(for: first17) ?? "0"), provinceCode: province.code,
                    licence: ManufacturingLicence(
                        number: "\(province.short)\(2000 + random.below(24))\(digits)", classes: classes, productTypes: "s"),
                    biologicsSince: since, liabilityCompensation: random.chance(0.92) ? "责任保险 PICC-\(id)" : nil))
            provinceOf[id] = province.code
            for n in 0..<random.int(in: 1...2) {
                // Most sites are in the enterprise's province; some in another (a cross-province product).
                let where_ = random.chance(0.85) ? province : random.pick(provinces)
                let both = random.chance(0.6)
                let substance = both || random.chance(0.5)
                site(enterprise: id, province: where_, number: n, substance: substance, product: both || !substance, expected: count * 2)
            }
        }
    }

    mutating func site(enterprise: String, province: Province, number: Int, substance: Bool, product: Bool, expected: Int) {
        let id = nextID(.site, expected: expected)
        let park = 1 + random.below(300)
        let site = Site(
            id: id, enterpriseId: enterprise, address: "\(province.name)生物医药产业园\(park)号\(number + 1)号厂房",
            addressEn: "Plant \(number + 1), No. \(park) Biomedical Park, \(province.en)", provinceCode: province.code,
            drugSubstance: substance, drugProduct: product)
        try? data.sites.insert(site)
        sitesOf[enterprise, default: []].append(site)
        if substance { substanceSites.append(site) }
        if product { productSites.append(site) }
    }

    /// Inspectors in each province for a third of the products' sites there (at least four): each is booked on
    /// about a third of the calendar's days, so two are nearly always free within a few days; a few with a
    /// conflict of interest.
    mutating func inspectors() {
        var sitesIn: [String: Int] = [:]
        for product in data.products {
            for siteId in product.siteIds { sitesIn[data.sites[id: siteId]?.provinceCode ?? "", default: 0] += 1 }
        }
        let total = provinces.reduce(0) { $0 + Self.inspectorCount(forSites: sitesIn[$1.code] ?? 0) }
        let enterpriseIds = data.enterprises.records.map(\.id)
        for province in provinces {
            for _ in 0..<Self.inspectorCount(forSites: sitesIn[province.code] ?? 0) {
                let id = nextID(.inspector, expected: total)
                let surname = random.pick(GeneratorNames.surnames)
                let given = random.pick(GeneratorNames.givenNames)
                let inspector = Inspector(
                    id: id, name: surname.zh + given.zh, nameEn: "\(surname.en) \(given.en)", unit: "\(province.name)药品检查中心",
                    provinceCode: province.code, conflicts: random.chance(0.05) ? [random.pick(enterpriseIds)] : [])
                try? data.inspectors.insert(inspector)
                inspectorsIn[province.code, default: []].append(inspectorList.count)
                inspectorList.append(inspector)
            }
        }
        // Inspections start in the first year and end a few working days after they start.
        diary = InspectorDiary(
            inspectors: inspectorList.count, from: CivilDate.firstOfYear(years.lowerBound),
            to: CivilDate.lastOfYear(years.upperBound).adding(days: 30))
    }

    /// A product-year brings about ten inspections of two inspectors for two to four working days (about four
    /// calendar days) at one of its sites: per site some 45 inspector-days a year, a third of 365 for three sites.
    static func inspectorCount(forSites sites: Int) -> Int { max(4, (sites + 2) / 3) }

    // MARK: Products

    mutating func products() {
        let firstDay = CivilDate.firstOfYear(years.lowerBound)
        let holders = Array(data.enterprises)
        for _ in 0..<size.products {
            let id = nextID(.product, expected: size.products)
            let holder = random.pick(holders)
            let own = sitesOf[holder.id] ?? []
            let ownSubstance = own.filter(\.drugSubstance)
            let substance = !ownSubstance.isEmpty && random.chance(0.7) ? random.pick(ownSubstance) : random.pick(substanceSites)
            // Segmented: the drug product is made at another site, usually another enterprise's.
            var product = random.pick(productSites)
            for _ in 0..<4 where product.id == substance.id || product.enterpriseId == holder.id { product = random.pick(productSites) }
            let type = random.pick(ProductType.allCases)
            let stem = random.pick(GeneratorNames.stems)
            let suffix = GeneratorNames.productSuffix(type)
            let basis: ProductBasis =
                random.chance(0.01) ? .none : random.pick([.innovative, .innovative, .clinicallyUrgent, .nmpaDesignated])
            // Most products were in production before the first year; a sixth joined later.
            let applied =
                random.chance(0.85)
                ? firstDay.adding(days: -(250 + random.below(200)))
                : firstDay.adding(days: random.below(max(1, (size.years - 1) * 365)))
            let steps = path(applied: applied)
            let stage = steps.map(\.stage).max() ?? .application
            let holderProvince = holder.provinceCode
            let partners = Array(Set([substance.provinceCode, product.provinceCode]).subtracting([holderProvince])).sorted()
            let planned = steps.first { $0.stage == .provincialPlan }?.date
            var joint: [String: CivilDate] = [:]
            if let planned, random.chance(0.95) {
                for p in partners { joint[p] = calendar.workingDay(onOrAfter: planned.adding(days: 5 + random.below(20))) }
            }
            let levels: [RiskRating.Level] = [.low, .medium, .high]
            let short = provinces.first { $0.code == holderProvince }?.short ?? ""
            try? data.products.insert(
                PilotProduct(
                    id: id, name: stem.zh + random.pick(GeneratorNames.syllables).zh + suffix.zh,
                    nameEn: "\(stem.en)\(random.pick(GeneratorNames.syllables).en.lowercased()) \(suffix.en)", basis: basis, type: type,
                    holderId: holder.id,
                    segments: [SegmentSite(.drugSubstance, siteId: substance.id), SegmentSite(.drugProduct, siteId: product.id)],
                    steps: steps, planRef: "\(short)药监试点〔\(applied.adding(days: 60).year)〕\(Int(id.dropFirst()) ?? 0)号",
                    jointPlanDates: joint, unifiedQualitySystem: random.chance(0.95),
                    licenceNamesBothAddresses: stage >= .licence ? random.chance(0.93) : nil,
                    certificateNamesBothAddresses: stage >= .marketingAuthorisation ? random.chance(0.95) : nil,
                    proceduresNameBothAddresses: stage >= .marketingAuthorisation ? random.chance(0.95) : nil,
                    lotRelease: type == .multivalentVaccine ? random.chance(0.9) : nil,
                    risk: RiskRating(intrinsic: random.pick(levels), compliance: random.pick(levels))))
        }
    }

    /// The pilot's steps from the application to production, as far as today reaches, each on a working day.
    func path(applied: CivilDate) -> [StageStep] {
        let offsets: [(PilotStage, Int)] = [
            (.application, 0), (.provincialSelection, 30), (.provincialPlan, 60), (.governmentApproval, 85), (.nmpaSubmission, 100),
            (.nmpaConfirmation, 150), (.licence, 180), (.marketingAuthorisation, 210), (.inProduction, 240),
        ]
        return offsets.compactMap { stage, days in
            let date = calendar.workingDay(onOrAfter: applied.adding(days: days))
            return date < today ? StageStep(stage: stage, date: date, by: "generate") : nil
        }
    }

    /// Two or three resident staff at each contract site from the start of production; now and then one leaves
    /// and a successor arrives a few days later.
    mutating func staff(_ product: PilotProduct) {
        guard let start = product.date(of: .inProduction) else { return }
        let expected = size.products * 6
        for siteId in product.siteIds where data.sites[id: siteId]?.enterpriseId != product.holderId {
            for _ in 0..<random.int(in: 2...3) {
                var from = start.adding(days: -20)
                while from < today {
                    let leaves = random.chance(0.3) ? from.adding(days: 200 + random.below(900)) : nil
                    let person = random.pick(GeneratorNames.surnames).zh + random.pick(GeneratorNames.givenNames).zh
                    let to = leaves.flatMap { $0 < today ? $0 : nil }
                    try? data.residentStaff.insert(
                        ResidentStaff(
                            id: nextID(.staff, expected: expected), productId: product.id, siteId: siteId, person: person, from: from,
                            to: to))
                    guard let to else { break }
                    from = to.adding(days: 1 + random.below(10))
                }
            }
        }
    }
}
