/// A deterministic, realistic demo store for trying biopilot: fictional enterprises and products in eight
/// provinces, placed relative to `today` so the demo is always a live year with live problems.
public enum DemoData {
    public static func make(today: CivilDate, reference: ReferenceData) -> PilotData {
        var builder = Builder(today: today, calendar: reference.calendar, provinces: reference.provinces)
        builder.build()
        return builder.data
    }

    /// The demo copied until it holds `products` products, each copy with its own ids (suffix -1, -2 …):
    /// a large store with the demo's mix of problems, for benchmarks and scale tests.
    public static func make(today: CivilDate, products productCount: Int, reference: ReferenceData) -> PilotData {
        let demo = make(today: today, reference: reference)
        var data = PilotData()
        var copy = 0
        while data.products.count < productCount {
            let s = copy == 0 ? "" : "-\(copy)"
            for var e in demo.enterprises {
                e.id += s
                try! data.enterprises.insert(e)
            }
            for var x in demo.sites {
                x.id += s
                x.enterpriseId += s
                try! data.sites.insert(x)
            }
            for var p in demo.products where data.products.count < productCount {
                p.id += s
                p.holderId += s
                p.segments = p.segments.map { SegmentSite($0.segment, siteId: $0.siteId + s) }
                try! data.products.insert(p)
            }
            for var r in demo.residentStaff {
                r.id += s
                r.productId += s
                r.siteId += s
                try! data.residentStaff.insert(r)
            }
            for var i in demo.inspectors {
                i.id += s
                i.conflicts = i.conflicts.map { $0 + s }
                try! data.inspectors.insert(i)
            }
            for var i in demo.inspections {
                i.id += s
                i.productId += s
                i.siteIds = i.siteIds.map { $0 + s }
                i.team = i.team.map { $0 + s }
                try! data.inspections.insert(i)
            }
            for var x in demo.samplings {
                x.id += s
                x.productId += s
                try! data.samplings.insert(x)
            }
            for var m in demo.measures {
                m.id += s
                m.productId += s
                m.answers.id += s
                try! data.measures.insert(m)
            }
            copy += 1
        }
        // Records of products past the count in the last copy would dangle: drop them.
        for i in data.inspections.records where data.products[id: i.productId] == nil { data.inspections.remove(id: i.id) }
        for x in data.samplings.records where data.products[id: x.productId] == nil { data.samplings.remove(id: x.id) }
        for r in data.residentStaff.records where data.products[id: r.productId] == nil { data.residentStaff.remove(id: r.id) }
        for m in data.measures.records where data.products[id: m.productId] == nil { data.measures.remove(id: m.id) }
        return data
    }

    struct Builder {
        let today: CivilDate
        let calendar: WorkingCalendar
        let provinces: ProvinceTable
        var data = PilotData()
        var year: Int { today.year }

        init(today: CivilDate, calendar: WorkingCalendar, provinces: ProvinceTable) {
            self.provinces = provinces
            self.today = today
            self.calendar = calendar
        }

        // MARK: Dates

        func workingDaysFromToday(_ n: Int) -> CivilDate { calendar.adding(workingDays: n, to: today) }

        /// A working day at `fraction` of the way from 1 January to yesterday: "earlier this year".
        func thisYear(_ fraction: Double) -> CivilDate {
            let start = CivilDate.firstOfYear(year)
            let span = max(0, start.days(until: today) - 1)
            return calendar.workingDay(onOrBefore: start.adding(days: Int(Double(span) * fraction)))
        }

        /// A working day in last year, `day` counted from the first of `month` (day 35 of September is in October).
        func lastYear(_ month: Int, _ day: Int) -> CivilDate {
            calendar.workingDay(onOrAfter: CivilDate(year: year - 1, month: month, day: 1)!.adding(days: day - 1))
        }

        func end(_ start: CivilDate, days: Int) -> CivilDate { calendar.adding(workingDays: days - 1, to: start) }

        // MARK: Records

        mutating func enterprise(
            _ id: String, _ name: String, _ en: String, province: String, region: String,
            licence: (String, Set<LicenceClass>)?, since: CivilDate?, liability: String?,
            badCheck: Bool = false
        ) {
            let org =
                "MA"
                + String(id.unicodeScalars.reduce(7) { ($0 &* 31 &+ Int($1.value)) % 9_999_991 }).suffix(6)
                .map { String($0) }.joined() + "X"
            let first17 = "91" + region + String(org.prefix(9))
            var check = CreditCode.checkCharacter(for: first17)!
            if badCheck { check = check == "0" ? "1" : "0" }
            try! data.enterprises.insert(
                Enterprise(
                    id: id, name: name, nameEn: en, creditCode: first17 + String(check), provinceCode: province,
                    licence: licence.map { ManufacturingLicence(number: $0.0, classes: $0.1, productTypes: "s") },
                    biologicsSince: since, liabilityCompensation: liability))
        }

        mutating func site(_ id: String, _ enterprise: String, _ address: String, _ en: String, province: String, ds: Bool, dp: Bool) {
            try! data.sites.insert(
                Site(
                    id: id, enterpriseId: enterprise, address: address, addressEn: en,
                    provinceCode: province, drugSubstance: ds, drugProduct: dp))
        }

        /// Steps of the pilot path up to `through`, spread over the ~8 months before `inProduction`.
        func path(applied: CivilDate, through last: PilotStage) -> [StageStep] {
            let offsets: [PilotStage: Int] = [
                .application: 0, .provincialSelection: 30, .provincialPlan: 60, .governmentApproval: 85,
                .nmpaSubmission: 100, .nmpaConfirmation: 150, .licence: 180, .marketingAuthorisation: 210, .inProduction: 240,
            ]
            return PilotStage.allCases.filter { $0 <= last && $0 != .enterpriseAssessment }.map { stage in
                StageStep(stage: stage, date: calendar.workingDay(onOrAfter: applied.adding(days: offsets[stage]!)), by: "demo")
            }
        }

        /// A provincial document number for the 一品一策 plan, e.g. 沪药监试点〔2025〕3号.
        func planReference(_ id: String, holder: String, applied: CivilDate) -> String {
            let short = data.enterprises[id: holder].flatMap { provinces.named(code: $0.provinceCode) }?.short ?? ""
            return "\(short)药监试点〔\(applied.adding(days: 60).year)〕\(Int(id.dropFirst()) ?? 0)号"
        }

        /// `joint`: the partner provinces agreed the plan a few days after it was made; `documents`: licence,
        /// registration certificate, procedures; `assessed`: the enterprise's assessment is in, once the pilot's last
        /// 60 days have begun; `missing`: a step left out of the path (rule 7 then finds production without it).
        mutating func product(
            _ id: String, _ name: String, _ en: String, _ type: ProductType, basis: ProductBasis? = .innovative, holder: String,
            ds: String, dp: String, applied: CivilDate, stage: PilotStage, risk: (RiskRating.Level, RiskRating.Level),
            joint: Bool = true, unified: Bool? = true, documents: (Bool?, Bool?, Bool?) = (true, true, true), lotRelease: Bool? = nil,
            assessed: Bool = false, missing: PilotStage? = nil
        ) {
            var steps = path(applied: applied, through: stage).filter { $0.stage != missing }
            if assessed && today >= Rule.pilotEndDate.adding(days: -60) {
                steps.append(
                    StageStep(stage: .enterpriseAssessment, date: calendar.workingDay(onOrAfter: today.adding(days: -12)), by: "demo"))
            }
            let holderProvince = data.enterprises[id: holder]?.provinceCode
            let partners = [ds, dp].compactMap { data.sites[id: $0]?.provinceCode }.filter { $0 != holderProvince }
            let planned = steps.first { $0.stage == .provincialPlan }?.date
            let jointDates = planned.map { day in
                Dictionary(partners.map { ($0, calendar.workingDay(onOrAfter: day.adding(days: 7))) }, uniquingKeysWith: { a, _ in a })
            }
            try! data.products.insert(
                PilotProduct(
                    id: id, name: name, nameEn: en, basis: basis, type: type, holderId: holder,
                    segments: [SegmentSite(.drugSubstance, siteId: ds), SegmentSite(.drugProduct, siteId: dp)],
                    steps: steps, planRef: planReference(id, holder: holder, applied: applied),
                    jointPlanDates: joint ? jointDates ?? [:] : [:], unifiedQualitySystem: unified,
                    licenceNamesBothAddresses: stage >= .licence ? documents.0 : nil,
                    certificateNamesBothAddresses: stage >= .marketingAuthorisation ? documents.1 : nil,
                    proceduresNameBothAddresses: stage >= .marketingAuthorisation ? documents.2 : nil,
                    lotRelease: lotRelease, risk: RiskRating(intrinsic: risk.0, compliance: risk.1)))
        }

        mutating func staff(_ product: String, _ site: String, _ people: [String], from: CivilDate, leftOn: [String: CivilDate] = [:]) {
            for person in people {
                let id = PilotData.nextID(prefix: "R", in: data.residentStaff, width: 3)
                try! data.residentStaff.insert(
                    ResidentStaff(
                        id: id, productId: product, siteId: site, person: person,
                        from: from, to: leftOn[person]))
            }
        }

        mutating func inspection(
            _ product: String, _ type: InspectionType, start: CivilDate, days: Int, team: [String],
            status: InspectionStatus, sites: [String]? = nil, defects: Defects? = nil,
            conclusion: OnSiteConclusion? = nil, closed: Bool = true, assessed: Bool = true, joint: [String] = [],
            unannounced: Bool = false, reason: String? = nil
        ) {
            let p = data.products[id: product]!
            var start = start
            if status == .completed && end(start, days: days) >= today {
                // Early in the year "earlier this year" is only days ago: finish a completed inspection by yesterday.
                start = calendar.adding(workingDays: -days, to: today)
            }
            let last = end(start, days: days)
            var due: CivilDate?
            // `closed`: the rectification report has been received; `assessed`: the overall assessment followed.
            var receivedOn: CivilDate?
            var assessedOn: CivilDate?
            if status == .completed, conclusion == .pendingRectification {
                due = DeadlineRule.rectificationReport.due(after: last, calendar: calendar)
                let closing = calendar.adding(workingDays: 15, to: last)
                if closed && closing <= today { receivedOn = closing }
                let assessing = calendar.adding(workingDays: 10, to: closing)
                if closed && assessed && assessing <= today { assessedOn = assessing }
            }
            let assessment: String? =
                status == .completed
                ? (conclusion == .compliant ? "符合要求，继续日常监管" : "整改后评定，跟踪整改落实")
                : nil
            let id = PilotData.nextID(prefix: "INS-", in: data.inspections)
            var inspection = Inspection(
                id: id, productId: product, siteIds: sites ?? p.siteIds, type: type, unannounced: unannounced,
                joint: !joint.isEmpty, partnerProvinces: joint, start: start, end: last, team: team, status: status,
                defects: defects, conclusion: conclusion, assessment: assessment, rectificationDue: due, reason: reason)
            inspection.reportReceivedOn = receivedOn
            inspection.overallAssessment = assessedOn.map { _ in .compliant }
            inspection.overallAssessmentOn = assessedOn
            try! data.inspections.insert(inspection)
        }

        mutating func sampling(
            _ product: String, _ segment: Segment, batch: String, on date: CivilDate, lab: String,
            conclusion: SamplingConclusion, reportAfter: Int = 22, retest: Bool = false, extendedBy: Int? = nil,
            servedAfter: Int? = nil
        ) {
            let received = calendar.adding(workingDays: 1, to: date)
            let reportDate =
                conclusion == .pending
                ? nil
                : min(calendar.adding(workingDays: reportAfter, to: received), calendar.adding(workingDays: -1, to: today))
            let id = PilotData.nextID(prefix: "SMP-", in: data.samplings)
            let p = data.products[id: product]!
            let siteId = p.segments.first { $0.segment == segment }!.siteId
            let site = data.sites[id: siteId]!
            var sampling = Sampling(
                id: id, productId: product, segment: segment, batch: batch, sampledOn: date, place: site.address,
                samplingUnit: (provinces.named(code: site.provinceCode)?.name ?? "") + "药品监督管理局", lab: lab,
                receivedOn: received, testItems: segment == .drugSubstance ? "鉴别、纯度、效价、无菌、细菌内毒素" : "鉴别、含量、装量、无菌、可见异物",
                reportNo: reportDate.map { "BG\($0.year)-\(id.suffix(4))" }, reportDate: reportDate, conclusion: conclusion,
                retest: retest ? reportDate.map { Retest(requestedOn: $0.adding(days: 3), result: .pass) } : nil)
            // An approved extension of the lab's deadline; the day the report was served on the enterprise.
            sampling.reportDueExtendedTo = extendedBy.map {
                calendar.adding(workingDays: $0, to: DeadlineRule.labReport.due(after: received, calendar: calendar))
            }
            sampling.reportServedOn = reportDate.flatMap { r in servedAfter.map { calendar.adding(workingDays: $0, to: r) } }.flatMap {
                $0 <= today ? $0 : nil
            }
            try! data.samplings.insert(sampling)
        }

        /// The other provinces of a cross-province product (two for P04 and P12), for a joint inspection.
        func partnerProvinces(_ product: String) -> [String] {
            let p = data.products[id: product]!
            var seen: Set = [data.enterprises[id: p.holderId]!.provinceCode]
            return p.siteIds.compactMap { data.sites[id: $0]?.provinceCode }.filter { seen.insert($0).inserted }
        }

        // MARK: The demo

        mutating func build() {
            let established = today.adding(days: -680)
            let recent = today.adding(days: -450)

            // Holders (持有人).
            enterprise(
                "E01", "申澜生物医药（上海）有限公司", "Shenlan Biopharma (Shanghai) Co., Ltd.", province: "310000", region: "310115",
                licence: ("沪20190031", [.a, .b]), since: CivilDate(year: 2014, month: 6, day: 1), liability: "产品责任险 PL-2025-0316，5000万元")
            enterprise(
                "E02", "苏禾康生物制药有限公司", "Suhekang Biopharmaceutical Co., Ltd.", province: "320000", region: "320505",
                licence: ("苏20170112", [.a, .b]), since: CivilDate(year: 2012, month: 3, day: 15), liability: "责任赔偿基金 8000万元")
            enterprise(
                "E03", "京华安泰疫苗有限公司", "Jinghua Antai Vaccines Co., Ltd.", province: "110000", region: "110115",
                licence: ("京20150027", [.a, .b]), since: CivilDate(year: 2009, month: 9, day: 1), liability: "疫苗责任强制保险 VL-2025-011")
            enterprise(
                "E04", "粤海明生物科技有限公司", "Yuehaiming Biotech Co., Ltd.", province: "440000", region: "440115",
                licence: ("粤20210208", [.b]), since: nil, liability: "产品责任险 PL-2025-0877，3000万元")
            enterprise(
                "E05", "浙越蓝湾生物医药有限公司", "Zheyue Lanwan Biomedicine Co., Ltd.", province: "330000", region: "330604",
                licence: ("浙20180066", [.a, .b]), since: CivilDate(year: 2016, month: 11, day: 20), liability: "产品责任险 PL-2025-0412，5000万元")
            enterprise(
                "E06", "楚澜生物制药有限公司", "Chulan Biopharma Co., Ltd.", province: "420000", region: "420111",
                licence: ("鄂20200019", [.a, .b]), since: CivilDate(year: 2018, month: 4, day: 1), liability: nil)
            // Contract manufacturers (受托生产企业).
            enterprise(
                "E07", "苏州澄源生物制造有限公司", "Chengyuan Biomanufacturing (Suzhou) Co., Ltd.", province: "320000", region: "320594",
                licence: ("苏20150078", [.c]), since: CivilDate(year: 2015, month: 5, day: 10), liability: nil)
            enterprise(
                "E08", "上海临港泓泰生物技术有限公司", "Hongtai Biotech (Lingang) Co., Ltd.", province: "310000", region: "310115",
                licence: ("沪20120044", [.c]), since: CivilDate(year: 2012, month: 8, day: 1), liability: nil, badCheck: true)
            enterprise(
                "E09", "杭州钱江康源生物制药有限公司", "Qianjiang Kangyuan Biopharma (Hangzhou) Co., Ltd.", province: "330000", region: "330114",
                licence: ("浙20180101", [.c]), since: CivilDate(year: 2018, month: 1, day: 8), liability: nil)
            enterprise(
                "E10", "成都蜀峰生物制品有限公司", "Shufeng Biologics (Chengdu) Co., Ltd.", province: "510000", region: "510109",
                licence: ("川\(year - 2)0093", [.c]), since: today.adding(years: -2).adding(days: -95), liability: nil)
            enterprise(
                "E11", "山东齐泰生物工程有限公司", "Qitai Bioengineering (Shandong) Co., Ltd.", province: "370000", region: "370112",
                licence: ("鲁20100035", [.c, .d]), since: CivilDate(year: 2010, month: 7, day: 1), liability: nil)
            enterprise(
                "E12", "广州南沙瑞康生物医药有限公司", "Nansha Ruikang Biomedicine (Guangzhou) Co., Ltd.", province: "440000", region: "440115",
                licence: ("粤20160052", [.a, .c]), since: CivilDate(year: 2016, month: 2, day: 1), liability: nil)
            // Licences run five years (药品生产监督管理办法); E07's expires a little over six months from now, so its
            // re-issue application, due six months before, is among the coming weeks' due items.
            for (n, e) in data.enterprises.records.enumerated() {
                guard var licence = e.licence else { continue }
                let soon = today.adding(days: 20).adding(months: 6)
                licence.validUntil = e.id == "E07" ? soon : today.adding(years: 1 + n % 4).adding(days: 30 + 37 * n % 300)
                var renewed = e
                renewed.licence = licence
                data.enterprises.upsert(renewed)
            }

            site("S01", "E01", "上海市浦东新区张江路1288号", "1288 Zhangjiang Rd, Pudong, Shanghai", province: "310000", ds: true, dp: true)
            site(
                "S02", "E07", "江苏省苏州工业园区星湖街218号", "218 Xinghu St, Suzhou Industrial Park, Jiangsu", province: "320000", ds: true, dp: false)
            site("S03", "E08", "上海市浦东新区临港新片区海洋一路66号", "66 Haiyang 1st Rd, Lingang, Shanghai", province: "310000", ds: false, dp: true)
            site("S04", "E09", "浙江省杭州市钱塘区福城路9号", "9 Fucheng Rd, Qiantang, Hangzhou, Zhejiang", province: "330000", ds: true, dp: true)
            site(
                "S05", "E10", "四川省成都市高新区科园南路88号", "88 Keyuan South Rd, Hi-tech Zone, Chengdu, Sichuan", province: "510000", ds: false,
                dp: true)
            site(
                "S06", "E11", "山东省济南市高新区港兴三路1001号", "1001 Gangxing 3rd Rd, Hi-tech Zone, Jinan, Shandong", province: "370000", ds: true,
                dp: false)
            site(
                "S07", "E12", "广东省广州市南沙区黄阁镇生物岛路3号", "3 Shengwudao Rd, Nansha, Guangzhou, Guangdong", province: "440000", ds: true, dp: true)
            site("S08", "E02", "江苏省泰州市医药高新区药城大道1号", "1 Yaocheng Ave, Taizhou, Jiangsu", province: "320000", ds: true, dp: false)
            site("S09", "E05", "浙江省绍兴市滨海新区海天道5号", "5 Haitian Rd, Binhai, Shaoxing, Zhejiang", province: "330000", ds: true, dp: false)
            site(
                "S10", "E03", "北京市大兴区生物医药基地永大路38号", "38 Yongda Rd, Daxing Biomedical Base, Beijing", province: "110000", ds: true, dp: false
            )
            site(
                "S11", "E06", "湖北省武汉市东湖高新区光谷生物城高新大道666号", "666 Gaoxin Ave, Optics Valley Biolake, Wuhan, Hubei", province: "420000",
                ds: true, dp: false)

            product(
                "P01", "SL-101 重组抗PD-1人源化单抗注射液", "SL-101 anti-PD-1 humanised mAb injection", .antibody, holder: "E01",
                ds: "S01", dp: "S03", applied: established, stage: .inProduction, risk: (.medium, .low), assessed: true)
            product(
                "P02", "SL-205 注射用抗HER2抗体偶联药物", "SL-205 anti-HER2 ADC for injection", .adc, holder: "E01",
                ds: "S02", dp: "S03", applied: established.adding(days: 12), stage: .inProduction, risk: (.high, .medium))
            product(
                "P03", "苏禾格鲁肽注射液", "Suhe-glutide injection (GLP-1)", .glp1, holder: "E02",
                ds: "S08", dp: "S04", applied: established.adding(days: 5), stage: .inProduction, risk: (.medium, .medium), assessed: true)
            product(
                "P04", "苏禾长效胰岛素注射液", "Suhe long-acting insulin injection", .insulin, basis: nil, holder: "E02",
                ds: "S06", dp: "S04", applied: established.adding(days: 20), stage: .inProduction, risk: (.medium, .low))
            product(
                "P05", "13价肺炎球菌多糖结合疫苗", "13-valent pneumococcal conjugate vaccine", .multivalentVaccine, holder: "E03",
                ds: "S10", dp: "S07", applied: established.adding(days: -10), stage: .inProduction, risk: (.high, .low), lotRelease: true,
                assessed: true)
            product(
                "P06", "四价流感病毒裂解疫苗", "Quadrivalent split influenza vaccine", .multivalentVaccine, holder: "E03",
                ds: "S10", dp: "S03", applied: established.adding(days: 30), stage: .inProduction, risk: (.high, .medium), lotRelease: nil,
                missing: .marketingAuthorisation)
            product(
                "P07", "YHM-301 双特异性抗体注射液", "YHM-301 bispecific antibody injection", .antibody, holder: "E04",
                ds: "S07", dp: "S07", applied: established.adding(days: 40), stage: .inProduction, risk: (.high, .high))
            product(
                "P08", "YHM-402 重组融合蛋白注射液", "YHM-402 recombinant fusion protein injection", .other, holder: "E04",
                ds: "S07", dp: "S05", applied: recent, stage: .inProduction, risk: (.medium, .high))
            product(
                "P09", "ZY-ADC02 注射用抗TROP2抗体偶联药物", "ZY-ADC02 anti-TROP2 ADC for injection", .adc, holder: "E05",
                ds: "S09", dp: "S04", applied: established.adding(days: 25), stage: .inProduction, risk: (.high, .low),
                documents: (true, true, nil))
            product(
                "P10", "注射用重组人凝血因子Ⅷ", "Recombinant human coagulation factor VIII for injection", .other, basis: .clinicallyUrgent,
                holder: "E05",
                ds: "S09", dp: "S05", applied: recent.adding(days: 8), stage: .inProduction, risk: (.medium, .medium), unified: nil)
            product(
                "P11", "楚澜门冬胰岛素注射液", "Chulan insulin aspart injection", .insulin, basis: .nmpaDesignated,
                holder: "E06", ds: "S11", dp: "S04", applied: recent.adding(days: 15), stage: .inProduction, risk: (.low, .medium),
                documents: (true, false, nil))
            product(
                "P12", "CL-2208 GLP-1/GIP双受体激动剂注射液", "CL-2208 GLP-1/GIP dual agonist injection", .glp1, holder: "E06",
                ds: "S06", dp: "S07", applied: recent.adding(days: 20), stage: .inProduction, risk: (.medium, .medium), joint: false)
            product(
                "P13", "SL-330 抗狂犬病毒单抗注射液", "SL-330 anti-rabies mAb injection", .antibody, basis: .clinicallyUrgent, holder: "E01",
                ds: "S01", dp: "S03", applied: today.adding(days: -330), stage: .nmpaSubmission, risk: (.medium, .low))
            product(
                "P14", "吸附无细胞百白破-灭活脊髓灰质炎-b型流感嗜血杆菌联合疫苗", "DTaP-IPV/Hib pentavalent combination vaccine",
                .multivalentVaccine, holder: "E03", ds: "S10", dp: "S07", applied: today.adding(days: -300),
                stage: .provincialPlan, risk: (.high, .medium))

            // Resident technical staff (驻厂人员) at contract sites, from the start of production.
            func started(_ p: String) -> CivilDate { data.products[id: p]!.date(of: .inProduction)!.adding(days: -20) }
            staff("P01", "S03", ["何嘉怡", "马骏"], from: started("P01"))
            staff("P02", "S02", ["钱卓然", "许晴", "邓子涵"], from: started("P02"), leftOn: ["邓子涵": today.adding(days: -40)])
            staff("P02", "S03", ["曹宇", "彭丽"], from: started("P02"))
            staff("P03", "S04", ["沈一鸣", "韩雪"], from: started("P03"))
            staff("P04", "S06", ["杨帆", "袁媛"], from: started("P04"))
            staff("P04", "S04", ["蒋超", "谢宁"], from: started("P04"))
            staff("P05", "S07", ["冯博", "董佳"], from: started("P05"))
            staff("P06", "S03", ["程亮", "魏然"], from: started("P06"))
            staff("P07", "S07", ["梁文", "宋佳琪"], from: started("P07"))
            staff("P08", "S07", ["胡斌", "高雅"], from: started("P08"))
            staff("P08", "S05", ["罗志强"], from: started("P08"))
            staff("P09", "S04", ["唐诗", "范磊"], from: started("P09"))
            staff("P10", "S05", ["苏航", "潘越"], from: started("P10"))
            staff("P11", "S04", ["丁楠", "姜涛"], from: started("P11"))
            staff("P12", "S06", ["余晨", "叶青"], from: started("P12"))
            staff("P12", "S07", ["任杰", "卢珊"], from: started("P12"))

            try! data.inspectors.insert(
                Inspector(id: "I01", name: "王立群", nameEn: "Wang Liqun", unit: "上海市药品审评核查中心", provinceCode: "310000", conflicts: ["E08"]))
            try! data.inspectors.insert(
                Inspector(id: "I02", name: "陈思远", nameEn: "Chen Siyuan", unit: "上海市药品审评核查中心", provinceCode: "310000"))
            try! data.inspectors.insert(
                Inspector(id: "I03", name: "刘晓峰", nameEn: "Liu Xiaofeng", unit: "江苏省药品审核查验中心", provinceCode: "320000", conflicts: ["E02"]))
            try! data.inspectors.insert(Inspector(id: "I04", name: "赵敏", nameEn: "Zhao Min", unit: "江苏省药品审核查验中心", provinceCode: "320000"))
            try! data.inspectors.insert(
                Inspector(id: "I05", name: "孙伟", nameEn: "Sun Wei", unit: "浙江省药品检查中心", provinceCode: "330000", conflicts: ["E09"]))
            try! data.inspectors.insert(
                Inspector(id: "I06", name: "周静", nameEn: "Zhou Jing", unit: "北京市药品检查中心", provinceCode: "110000", conflicts: ["E03"]))
            try! data.inspectors.insert(Inspector(id: "I07", name: "吴昊", nameEn: "Wu Hao", unit: "广东省药品检查中心", provinceCode: "440000"))
            try! data.inspectors.insert(Inspector(id: "I08", name: "郑雪", nameEn: "Zheng Xue", unit: "湖北省药品审评检查中心", provinceCode: "420000"))
            try! data.inspectors.insert(
                Inspector(id: "I09", name: "黄磊", nameEn: "Huang Lei", unit: "四川省药品检查中心", provinceCode: "510000", conflicts: ["E10"]))
            try! data.inspectors.insert(Inspector(id: "I10", name: "林芳", nameEn: "Lin Fang", unit: "山东省药品检查中心", provinceCode: "370000"))

            // Last year: every product then in production had its full-system GMP inspection and a sampling.
            let lastYearInspected = ["P01", "P02", "P03", "P04", "P05", "P06", "P07", "P09"]
            let lastYearTeams = [
                ["I02", "I04"], ["I02", "I03"], ["I04", "I10"], ["I10", "I04"], ["I07", "I02"], ["I02", "I07"], ["I07", "I09"],
                ["I08", "I04"],
            ]
            for (i, p) in lastYearInspected.enumerated() {
                inspection(
                    p, .fullGMP, start: lastYear(8, 18 + i * 5), days: 3, team: lastYearTeams[i], status: .completed,
                    defects: Defects(major: i % 3 == 0 ? 1 : 0, general: 2 + i % 3),
                    conclusion: i % 3 == 0 ? .pendingRectification : .compliant,
                    joint: partnerProvinces(p))
                sampling(
                    p, i % 2 == 0 ? .drugProduct : .drugSubstance, batch: "\(p)-\(year - 1)\(String(format2: 10 + i))",
                    on: lastYear(8, 11 + i * 4), lab: labs[i % labs.count], conclusion: .pass)
            }
            sampling("P02", .drugProduct, batch: "P02-\(year - 1)31", on: lastYear(11, 18), lab: labs[0], conclusion: .fail, retest: true)

            // This year. Covered: P01, P03 (its rectification still open), P05, P07 (its holder's quality system
            // inspected), P10. Gaps: P02 (drug substance sampled only), P09 (drug substance only, at the lab),
            // P04 and P11 (planned only; P11's team has a conflict of interest and its only sampling was
            // commissioned), P06 (no sampling), P08 and P12 (nothing yet).
            inspection(
                "P01", .fullGMP, start: thisYear(0.35), days: 3, team: ["I02", "I04"], status: .completed,
                defects: Defects(general: 3), conclusion: .compliant)
            inspection(
                "P02", .fullGMP, start: thisYear(0.45), days: 3, team: ["I02", "I04"], status: .completed,
                defects: Defects(major: 1, general: 2), conclusion: .pendingRectification, assessed: false, joint: ["320000"])
            inspection(
                "P05", .fullGMP, start: thisYear(0.78), days: 4, team: ["I07", "I02"], status: .completed,
                defects: Defects(major: 2, general: 4), conclusion: .pendingRectification, closed: false, joint: ["440000"])
            inspection(
                "P06", .fullGMP, start: thisYear(0.55), days: 3, team: ["I02", "I07"], status: .completed,
                defects: Defects(general: 1), conclusion: .compliant, joint: ["310000"])
            inspection(
                "P07", .fullGMP, start: thisYear(0.5), days: 3, team: ["I07", "I08"], status: .completed,
                defects: Defects(general: 2), conclusion: .compliant)
            inspection(
                "P07", .forCause, start: workingDaysFromToday(-2), days: 2, team: ["I07", "I08"], status: .completed,
                defects: Defects(major: 1), conclusion: .pendingRectification, unannounced: true,
                reason: "制剂批次抽检不符合规定，开展有因检查")
            inspection(
                "P09", .fullGMP, start: thisYear(0.6), days: 3, team: ["I04", "I08"], status: .completed,
                defects: Defects(general: 2), conclusion: .compliant)
            inspection(
                "P10", .fullGMP, start: thisYear(0.7), days: 3, team: ["I05", "I10"], status: .completed,
                defects: Defects(general: 1), conclusion: .compliant, joint: ["510000"])
            inspection(
                "P03", .fullGMP, start: workingDaysFromToday(-14), days: 3, team: ["I04", "I10"], status: .completed,
                sites: ["S08"], defects: Defects(major: 2, general: 3), conclusion: .pendingRectification, closed: false, joint: ["330000"])
            inspection(
                "P03", .licensing, start: thisYear(0.2), days: 2, team: ["I10", "I04"], status: .completed,
                sites: ["S04"], defects: Defects(), conclusion: .compliant)
            inspection(
                "P04", .fullGMP, start: workingDaysFromToday(5), days: 3, team: ["I04", "I10"], status: .planned,
                joint: partnerProvinces("P04"))
            inspection(
                "P11", .fullGMP, start: workingDaysFromToday(12), days: 3, team: ["I08", "I05"], status: .planned,
                joint: ["330000"])
            // Unannounced (飞行检查): left out of the calendar and CSV exports unless asked for (rule 13).
            inspection(
                "P08", .routine, start: workingDaysFromToday(8), days: 2, team: ["I07", "I04"], status: .planned, unannounced: true,
                reason: "合规风险高，开展飞行检查")
            inspection(
                "P01", .routine, start: workingDaysFromToday(-1), days: 2, team: ["I02", "I04"], status: .inProgress, sites: ["S03"])

            sampling("P01", .drugProduct, batch: "P01-\(year)05", on: thisYear(0.3), lab: labs[0], conclusion: .pass)
            sampling("P02", .drugSubstance, batch: "P02-\(year)02", on: thisYear(0.4), lab: labs[1], conclusion: .pass)
            sampling("P03", .drugProduct, batch: "P03-\(year)11", on: thisYear(0.5), lab: labs[2], conclusion: .pass)
            sampling("P04", .drugSubstance, batch: "P04-\(year)07", on: thisYear(0.55), lab: labs[4], conclusion: .pass)
            sampling("P05", .drugProduct, batch: "P05-\(year)03", on: thisYear(0.35), lab: labs[3], conclusion: .pass)
            sampling(
                "P07", .drugProduct, batch: "P07-\(year)09", on: workingDaysFromToday(-26), lab: labs[5], conclusion: .fail,
                reportAfter: 21,
                servedAfter: 2)
            sampling("P07", .drugSubstance, batch: "P07-\(year)04", on: thisYear(0.45), lab: labs[5], conclusion: .pass)
            sampling(
                "P08", .drugProduct, batch: "P08-\(year)01", on: workingDaysFromToday(-12), lab: labs[6], conclusion: .pending,
                extendedBy: 15)
            sampling("P09", .drugSubstance, batch: "P09-\(year)06", on: workingDaysFromToday(-46), lab: labs[2], conclusion: .pending)
            sampling("P10", .drugProduct, batch: "P10-\(year)02", on: thisYear(0.75), lab: labs[6], conclusion: .pass)
            sampling("P11", .drugProduct, batch: "P11-\(year)03", on: thisYear(0.8), lab: labs[2], conclusion: .pass)

            // Coverage: E04 holds a licence of class B only and no site of its own, so P07's full-system inspection
            // also covered its quality system (P08 has none yet); P11's only sampling this year was commissioned by
            // the enterprise (委托检验), which never counts.
            for i in data.inspections.records where i.productId == "P07" && i.type == .fullGMP && i.end.year == year {
                var covering = i
                covering.holderQualitySystem = true
                data.inspections.upsert(covering)
            }
            // A P10 batch entered against P09 by mistake, voided (never deleted): kept, counted nowhere, so P09
            // still has no drug-product sampling this year.
            let mistaken = PilotData.nextID(prefix: "SMP-", in: data.samplings)
            sampling("P09", .drugProduct, batch: "P10-\(year)05", on: thisYear(0.5), lab: labs[6], conclusion: .pass)
            data.samplings[id: mistaken].map {
                var voided = $0
                voided.voided = SamplingVoid(date: thisYear(0.6), reason: "品种录错，应为 P10（已另行录入）")
                data.samplings.upsert(voided)
            }
            // Commissioned testing (委托检验): enterprises' requests the institutes accepted, a log of its own that
            // no sampling count includes. P06's failed batch is the enterprise's own test: P06 still has no sampling.
            let firstCommissioned = data.samplings.count
            sampling("P06", .drugProduct, batch: "P06-\(year)08", on: thisYear(0.65), lab: labs[1], conclusion: .fail)
            sampling("P03", .drugSubstance, batch: "P03-\(year)14", on: workingDaysFromToday(-6), lab: labs[2], conclusion: .pending)
            for s in data.samplings.records.dropFirst(firstCommissioned)
                + data.samplings.records.filter({ $0.productId == "P11" && $0.sampledOn.year == year })
            {
                var commissioned = s
                commissioned.commissioned = true
                commissioned.requestedOn = calendar.adding(workingDays: -3, to: s.sampledOn)
                // The enterprise sent the sample: no regulator sampled it.
                commissioned.samplingUnit = nil
                data.samplings.upsert(commissioned)
            }
            // Two products with their own supervision plans (质量监管方案) asking for more than the national minimum:
            // P02's two full-system inspections a year (one done: short of its plan), P07's a drug-substance sampling
            // and one more inspection a year (both done).
            let plans = [
                ("P02", SupervisionPlan(fullSystemInspections: 2, specialMeasures: "跨省委托生产首年，每半年开展一次联合全体系检查")),
                ("P07", SupervisionPlan(otherInspections: 1, drugSubstanceSampling: true, specialMeasures: "持有人无自有生产场地，每年同步检查持有人质量管理体系")),
            ]
            for (id, plan) in plans {
                guard var p = data.products[id: id] else { continue }
                var own = plan
                own.documentNo = p.planRef.map { String($0.prefix { $0 != "试" }) + "质量监管〔\(year)〕\(Int(id.dropFirst()) ?? 0)号" }
                // Revised for this year: it asks nothing of the years before.
                own.approvedOn = thisYear(0.05)
                p.supervisionPlan = own
                data.products.upsert(p)
            }
            measures()
        }

        let labs = [
            "上海市食品药品检验研究院", "江苏省食品药品监督检验研究院", "浙江省食品药品检验研究院", "北京市药品检验研究院",
            "山东省食品药品检验研究院", "广东省药品检验所", "四川省药品检验研究院",
        ]
    }
}

extension String {
    /// Two digits, zero padded.
    fileprivate init(format2 n: Int) { self = n < 10 ? "0\(n)" : String(n) }
}
