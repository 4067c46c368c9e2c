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

    /// Two characters per month: an inspection marker (G completed full GMP, g planned full GMP, I another
    /// completed inspection, i another planned) and S for a supervisory sampling (commissioned testing is not one).
    static func monthCells(_ productId: String, year: Int, index: PilotIndex) -> [Span] {
        var marks = Array(repeating: ("", ""), count: 12)
        var styles = Array(repeating: Style(.muted), count: 12)
        for i in index.inspections(of: productId) where i.status != .cancelled && i.start.year == year {
            let m = i.start.month - 1
            let done = i.status == .completed
            let mark = i.type == .fullGMP ? (done ? "G" : "g") : (done ? "I" : "i")
            if marks[m].0 == "" || mark == "G" { marks[m].0 = mark }
            styles[m] = done ? Style(.ok, bold: mark == "G") : Style(.info, bold: true)
        }
        for s in index.samplings(of: productId) where s.sampledOn.year == year && !s.commissioned {
            marks[s.sampledOn.month - 1].1 = "S"
            if marks[s.sampledOn.month - 1].0 == "" {
                styles[s.sampledOn.month - 1] = s.conclusion == .fail ? Style(.error, bold: true) : Style(.ok)
            }
        }
        return marks.enumerated().map { m, pair in
            let text = pair.0 + pair.1
            return Span(text.isEmpty ? "·" : text, text.isEmpty ? Style(.muted) : styles[m])
        }
    }

    static func mark(_ ok: Bool) -> Span { Span(ok ? "✓" : "✗", ok ? Style(.ok) : Style(.error, bold: true)) }

    static let notRequired = Span("—", Style(.muted))

    /// A sampling cell: issued ✓, pending at the lab, an unresolved fail, or none.
    static func sampling(_ m: SamplingMark, required: Bool, _ L: Language) -> Span {
        switch m {
        case .none: return required ? mark(false) : Span("·", Style(.muted))
        case .pending: return Span(Bilingual(zh: "检中", en: "lab")[L], Style(.info, bold: true))
        case .issued: return mark(true)
        case .failed: return Span(Bilingual(zh: "不符", en: "FAIL")[L], Style(.error, bold: true))
        }
    }

    static func draw(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let report = state.coverage.report
        let calendar = state.model.calendar
        let year = state.coverage.year
        let today = state.model.today
        let left = today.year == year ? calendar.workingDays(from: today, to: CivilDate.lastOfYear(year)) : 0
        let pilotDays = today.days(until: Rule.pilotEndDate)
        let percent = report.total == 0 ? 0 : report.covered * 100 / report.total
        var headline = Bilingual(
            zh:
                " \(year) 年覆盖 \(report.covered)/\(report.total)（\(percent)%） · 委托检验 \(report.commissionedSamplings) 批不计入 · 本年剩余 \(left) 个工作日 · "
                + (pilotDays >= 0 ? "距试点结束 \(pilotDays) 天" : "试点已结束"),
            en:
                " \(year): \(report.covered)/\(report.total) covered (\(percent)%) · \(report.commissionedSamplings) commissioned not counted · \(left) working days left · "
                + (pilotDays >= 0 ? "\(pilotDays) days until the pilot ends" : "the pilot has ended"))[L]
        if let p = state.coverage.province { headline += " · " + (state.model.provinces.named(code: p)?.displayName(L) ?? p) }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.title))
        grid.put(headline, x: area.x, y: area.y, style: Style(.title, bold: true), limit: area.width)
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let lines = state.coverage.lines
        let index = state.model.index
        Table.draw(
            into: &grid, area: table, columns: columns(L), count: lines.count, selected: state.coverage.list.selected,
            offset: state.coverage.list.offset
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
                var gmp = mark(p.fullSystemInspection)
                if !p.fullSystemInspection && p.plannedFullSystemInspection {
                    gmp = Span(Bilingual(zh: "计划", en: "plan")[L], Style(.info, bold: true))
                }
                // The holder's province answers for every site; a partner province for its own.
                let own = share.flatMap { $0.isHolderProvince ? nil : $0 }
                let inspected = own?.sitesInspected ?? p.sitesInspected
                let total = own?.sitesTotal ?? p.sitesTotal
                let covered = share?.covered ?? p.covered
                let partner = share.map { $0.isHolderProvince ? notRequired : mark($0.inspectorOnTeam) } ?? notRequired
                return [Span(p.productId, Style(.muted)), Span(name, covered ? Style(.text) : Style(.text, bold: true))]
                    + monthCells(p.productId, year: year, index: index)
                    + [
                        gmp, sampling(p.drugProductSampling, required: true, L), sampling(p.drugSubstanceSampling, required: false, L),
                        p.commissionedSamplings == 0 ? Span("·", Style(.muted)) : Span(String(p.commissionedSamplings), Style(.warning)),
                        Span("\(inspected)/\(total)", inspected == total ? Style(.ok) : Style(.error, bold: true)),
                        p.holderInspectionRequired ? mark(p.holderInspected) : notRequired, partner,
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
        if lines.isEmpty {
            grid.put(
                Bilingual(zh: "该年没有在产的试点品种", en: "No pilot product in production that year")[L], x: area.x + 2, y: area.y + 3,
                style: Style(.muted))
        }
    }
}
