import PilotCore

/// Annual coverage at a glance: the year's overall numbers, then per province a covered/total bar and its
/// products by month (inspections by type, samplings), with the requirement columns beside them.
enum CoverageScreen {
    static func columns(_ L: Language) -> [TableColumn] {
        var c = [
            TableColumn(Strings.columnID[L], width: 4, priority: 0),
            TableColumn(Strings.columnName[L], width: 24, minWidth: 8, flexible: true, priority: 0),
        ]
        for m in 1...12 { c.append(TableColumn(String(m), width: 2, priority: 5)) }
        c += [
            TableColumn("GMP", width: 4, priority: 1),
            TableColumn(Bilingual(zh: "制剂", en: "DP")[L], width: 4, priority: 1),
            TableColumn(Bilingual(zh: "原液", en: "DS")[L], width: 4, priority: 2),
            TableColumn(Bilingual(zh: "委托", en: "Com")[L], width: 4, priority: 3),
            TableColumn(Bilingual(zh: "场地", en: "Sites")[L], width: 5, priority: 2),
            TableColumn(Bilingual(zh: "持有", en: "MAH")[L], width: 4, priority: 2),
            TableColumn(Bilingual(zh: "参检", en: "Insp")[L], width: 4, priority: 3),
            TableColumn(Bilingual(zh: "驻厂", en: "Staff")[L], width: 5, priority: 3),
            TableColumn(Bilingual(zh: "覆盖", en: "Cov")[L], width: 4, priority: 0),
        ]
        return c
    }

    /// Per month, in Chinese one mark (全 a completed full-system inspection, 检 another completed one, 计 one
    /// planned, else 抽 a supervisory sampling); in English two letters (G/g full GMP completed/planned, I/i
    /// another, then S for a sampling). Commissioned testing is not a sampling.
    static func monthCells(_ productId: String, year: Int, index: PilotIndex, _ L: Language) -> [Span] {
        var marks = Array(repeating: (inspection: CoverageMonthMark?.none, sampled: false), count: 12)
        var styles = Array(repeating: Style(.muted), count: 12)
        for i in index.inspections(of: productId) where i.status != .cancelled && i.start.year == year {
            let m = i.start.month - 1
            let mark: CoverageMonthMark =
                i.status == .completed ? (i.type == .fullGMP ? .full : .inspected) : (i.type == .fullGMP ? .plannedFull : .planned)
            if marks[m].inspection.map({ mark.rank > $0.rank }) ?? true {
                marks[m].inspection = mark
                styles[m] = mark.style
            }
        }
        for s in index.samplings(of: productId) where s.sampledOn.year == year && !s.commissioned {
            let m = s.sampledOn.month - 1
            marks[m].sampled = true
            if marks[m].inspection == nil { styles[m] = s.conclusion == .fail ? Style(.error, bold: true) : Style(.ok) }
        }
        return marks.enumerated().map { m, cell in
            let inspection = cell.inspection?.label[L] ?? ""
            // One CJK mark fills the two cells: a month with an inspection shows the inspection.
            let text = Bilingual(
                zh: inspection.isEmpty ? (cell.sampled ? "抽" : "") : inspection, en: inspection + (cell.sampled ? "S" : ""))[L]
            return Span(text.isEmpty ? "·" : text, text.isEmpty ? Style(.muted) : styles[m])
        }
    }

    static func mark(_ ok: Bool) -> Span { Span(ok ? "✓" : "✗", ok ? Style(.ok) : Style(.error, bold: true)) }

    /// A requirement met, with the mark saying how in Chinese (全 the full-system inspection, 检 inspected, 抽 sampled).
    static func done(_ ok: Bool, _ how: Bilingual, _ L: Language) -> Span {
        ok ? Span(Bilingual(zh: how.zh, en: "✓")[L], Style(.ok)) : mark(false)
    }

    static let fullMark = Bilingual(zh: "全", en: "✓")
    static let inspectedMark = Bilingual(zh: "检", en: "✓")
    static let sampledMark = Bilingual(zh: "抽", en: "✓")

    /// The marks the matrix uses, explained on its last line.
    static func legend(_ L: Language) -> [(mark: String, style: Style, meaning: String)] {
        [
            (Bilingual(zh: "全", en: "G")[L], Style(.ok, bold: true), Bilingual(zh: "全体系检查", en: "full GMP")[L]),
            (Bilingual(zh: "检", en: "I")[L], Style(.ok), Bilingual(zh: "其他检查", en: "inspected")[L]),
            (Bilingual(zh: "计", en: "g/i")[L], Style(.info, bold: true), Bilingual(zh: "已计划", en: "planned")[L]),
            (Bilingual(zh: "抽", en: "S")[L], Style(.ok), Bilingual(zh: "已抽检", en: "sampled")[L]),
            (Bilingual(zh: "检中", en: "lab")[L], Style(.info, bold: true), Bilingual(zh: "检验中", en: "pending")[L]),
            (Bilingual(zh: "不符", en: "FAIL")[L], Style(.error, bold: true), Bilingual(zh: "不符合规定", en: "failed")[L]),
            ("✗", Style(.error, bold: true), Bilingual(zh: "缺", en: "missing")[L]),
        ]
    }

    static let notRequired = Span("—", Style(.muted))

    /// A sampling cell: issued ✓, pending at the lab, an unresolved fail, or none.
    static func sampling(_ m: SamplingMark, required: Bool, _ L: Language) -> Span {
        switch m {
        case .none: return required ? mark(false) : Span("·", Style(.muted))
        case .pending: return Span(Bilingual(zh: "检中", en: "lab")[L], Style(.info, bold: true))
        case .issued: return done(true, sampledMark, L)
        case .failed: return Span(Bilingual(zh: "不符", en: "FAIL")[L], Style(.error, bold: true))
        }
    }

    static func draw(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let report = state.coverageReport
        let calendar = state.model.calendar
        let year = state.coverage.year
        let today = state.model.today
        let left = today.year == year ? calendar.workingDays(from: today, to: CivilDate.lastOfYear(year)) : 0
        let pilotDays = today.days(until: Rule.pilotEndDate)
        // Narrowed to a province, the headline counts that province: its heading's numbers, its products' commissioned tests.
        let province = state.coverage.province
        let counts =
            province.map { p in report.provinces.first { $0.code == p }.map { ($0.covered, $0.total) } ?? (0, 0) }
            ?? (report.covered, report.total)
        // Summed in place: a filtered copy retained every row's strings each frame (5,000 rows).
        let commissioned = report.products.reduce(0) { sum, p in
            sum + (province.map(p.provinces.contains) ?? true ? p.commissionedSamplings : 0)
        }
        let scope = province.map { " " + (state.model.provinces.named(code: $0)?.displayName(L) ?? $0) } ?? ""
        let percent = Percent.of(counts.0, counts.1)
        let parts = [
            Bilingual(
                zh: " \(year) 年\(scope)覆盖 \(counts.0)/\(counts.1)（\(percent)%）",
                en: " \(year)\(scope): \(counts.0)/\(counts.1) covered (\(percent)%)"),
            Bilingual(zh: "委托检验 \(commissioned) 批不计入", en: "\(commissioned) commissioned not counted"),
            Bilingual(zh: "本年剩余 \(left) 个工作日", en: "\(left) working days left"),
            pilotDays >= 0
                ? Bilingual(zh: "距试点结束 \(pilotDays) 天", en: "\(pilotDays) days until the pilot ends")
                : Bilingual(zh: "试点已结束", en: "the pilot has ended"),
        ].map { $0[L] }
        // Whole parts only: on a narrow screen the last ones give way rather than being cut mid-word ("距试点结").
        var headline = parts[0]
        for part in parts.dropFirst() {
            let longer = headline + " · " + part
            guard DisplayWidth.of(longer) <= area.width else { break }
            headline = longer
        }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.title))
        grid.put(headline, x: area.x, y: area.y, style: Style(.title, bold: true), limit: area.width)
        // The matrix between the headline and the legend.
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 2))
        let lines = state.coverage.lines
        let index = state.model.index
        Table.draw(
            into: &grid, area: table, columns: columns(L), count: lines.count, selected: state.coverage.list.selected,
            offset: state.coverage.list.offset, position: L
        ) { i in
            switch lines[i] {
            case .province(let code, let covered, let total):
                let name = state.model.provinces.named(code: code)?.displayName(L) ?? code
                let bar = String(repeating: "█", count: covered) + String(repeating: "░", count: total - covered)
                return [Span(""), Span("\(name) \(covered)/\(total) \(bar)", Style(.label, bold: true))]
            case .product(let p, let province):
                let share = p.share(province)
                // Entered production this year: the date first, where a narrow screen cannot cut it off.
                let since =
                    p.inProductionSince.map { Bilingual(zh: "\($0.month)月\($0.day)日起在产 ", en: "from \($0.month)/\($0.day) ")[L] } ?? ""
                let name = since + p.displayName(L) + (p.provinces.count > 1 ? " ⇄" : "")
                var gmp = done(p.fullSystemInspection, fullMark, L)
                if !p.fullSystemInspection && p.plannedFullSystemInspection {
                    gmp = Span(Bilingual(zh: "计", en: "plan")[L], Style(.info, bold: true))
                } else if p.fullSystemInspection && !p.fullSystemRequirementMet {
                    // Its own supervision plan asks for more than one: done of asked.
                    gmp = Span("\(p.fullSystemInspections)/\(p.plan.fullSystemInspections)", Style(.error, bold: true))
                }
                // The plan's drug-substance sampling is required, not only shown.
                let ds = sampling(p.drugSubstanceSampling, required: p.plan.drugSubstanceSampling, L)
                // The holder's province answers for every site; a partner province for its own.
                let own = share.flatMap { $0.isHolderProvince ? nil : $0 }
                let inspected = own?.sitesInspected ?? p.sitesInspected
                let total = own?.sitesTotal ?? p.sitesTotal
                let covered = share?.covered ?? p.covered
                let partner = share.map { $0.isHolderProvince ? notRequired : mark($0.inspectorOnTeam) } ?? notRequired
                return [Span(p.productId, Style(.muted)), Span(name, covered ? Style(.text) : Style(.text, bold: true))]
                    + monthCells(p.productId, year: year, index: index, L)
                    + [
                        gmp, sampling(p.drugProductSampling, required: true, L), ds,
                        p.commissionedSamplings == 0 ? Span("·", Style(.muted)) : Span(String(p.commissionedSamplings), Style(.warning)),
                        Span("\(inspected)/\(total)", inspected == total ? Style(.ok) : Style(.error, bold: true)),
                        p.holderInspectionRequired ? done(p.holderInspected, inspectedMark, L) : notRequired, partner,
                        mark(p.residentStaffOK), mark(covered),
                    ]
            case .notCountedHeading:
                return [Span(""), Span(Bilingual(zh: "未在产（不计入）", en: "Not in production (not counted)")[L], Style(.label, bold: true))]
            case .notCounted(let n):
                // The stage (or a later production date) first, where a narrow screen cannot cut it off.
                let later = n.inProductionOn.map { Bilingual(zh: "\($0.month)月\($0.day)日起在产", en: "from \($0.month)/\($0.day)")[L] }
                let stage = later ?? n.stage?.label[L] ?? Bilingual(zh: "未申报", en: "not applied")[L]
                return [Span(n.productId, Style(.muted)), Span(stage + " · " + n.displayName(L), Style(.muted))]
            }
        }
        if area.height > 2 {
            var x = area.x
            for entry in legend(L) where x < area.maxX {
                x += grid.put(" " + entry.mark, x: x, y: area.maxY - 1, style: entry.style, limit: area.maxX - x)
                x += grid.put(" " + entry.meaning, x: x, y: area.maxY - 1, style: Style(.muted), limit: max(0, area.maxX - x))
            }
        }
        if lines.isEmpty {
            grid.put(
                Bilingual(zh: "该年没有在产的试点品种", en: "No pilot product in production that year")[L], x: area.x + 2, y: area.y + 3,
                style: Style(.muted))
        }
    }
}
