import PilotCore

/// One product's case (一品一策): segments and sites, enterprises, the path through the pilot, resident staff,
/// risk, every finding with its seed section, and its inspections and samplings, newest first.
enum CaseDetail {
    static func lineCount(_ state: AppState, productId: String) -> Int {
        lines(state, productId: productId, width: state.size.width - 2).count
    }

    static func draw(into grid: inout Grid, area: Rect, _ state: AppState, _ detail: DetailState) {
        let L = state.language
        guard let product = state.model.index.data.products[id: detail.productId] else { return }
        let title = "\(Strings.caseOf[L]) \(product.id)  " + product.displayName(L)
        let body = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        let all = lines(state, productId: detail.productId, width: body.width)
        Document.draw(into: &grid, area: body, lines: all, scroll: detail.scroll)
        // Title on the left, the scroll position on the right; the title gives way.
        let marker = all.count > body.height ? " \(detail.scroll + 1)-\(min(all.count, detail.scroll + body.height))/\(all.count) " : ""
        let markerWidth = DisplayWidth.of(marker)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.title))
        grid.putPadded(" " + title, x: area.x, y: area.y, width: area.width - markerWidth, style: Style(.title, bold: true))
        grid.put(marker, x: area.maxX - markerWidth, y: area.y, style: Style(.muted))
    }

    static func lines(_ state: AppState, productId: String, width: Int) -> [DocumentLine] {
        document(state, productId: productId, width: width).lines
    }

    /// The case's lines, and the first line of each finding and measure (for `n`/`N`, in document order).
    static func document(_ state: AppState, productId: String, width: Int) -> (lines: [DocumentLine], items: [(CaseItem, Int)]) {
        let L = state.language
        let model = state.model
        let index = model.index
        let data = index.data
        guard let p = data.products[id: productId] else { return ([], []) }
        var out: [DocumentLine] = []
        var items: [(CaseItem, Int)] = []
        func section(_ title: Bilingual) {
            if !out.isEmpty { out.append(DocumentLine("")) }
            out.append(DocumentLine(title[L], Style(.title, bold: true)))
        }
        func text(_ t: String, _ style: Style = Style(.text)) {
            for line in Document.wrap(t, width: width, indent: "    ") { out.append(DocumentLine(line, style)) }
        }
        func enterpriseName(_ e: Enterprise?) -> String { e.map { $0.displayName(L) } ?? "—" }
        func provinceName(_ code: String) -> String { state.model.provinces.named(code: code)?.displayName(L) ?? code }
        func inspectorNames(_ ids: [String]) -> String {
            ids.map { id in data.inspectors[id: id].map { $0.displayName(L) } ?? id }.joined(separator: ", ")
        }
        let selected = state.products.detail?.item
        /// A finding's or measure's line, reverse video when selected.
        func item(_ item: CaseItem, _ t: String, _ style: Style) {
            items.append((item, out.count))
            var style = style
            style.reverse = item == selected
            text(t, style)
        }
        // The product's measures from the index: no scan of every measure on each frame.
        let ownMeasures = model.index.measures(of: productId)
        func measures(answering finding: AnsweredFinding) {
            for m in ownMeasures where m.answers == finding {
                let status = m.deadlineStatus(data.deadlines, today: model.today, calendar: model.calendar)
                let overdue = m.isOpen && status?.isOverdue == true
                var line = "      ↳ \(m.kind.label[L])  "
                var workingDays = false
                switch m.deadline(data.deadlines, calendar: model.calendar) {
                case .computed(let due, let rule, _):
                    line += "\(Strings.measureDue[L]) \(due)"
                    workingDays = rule.unit == .workingDays
                case .entered(let due): line += "\(Strings.measureDue[L]) \(due)"
                case .awaitingTestReport: line += Strings.measureAwaitingReport[L]
                case .none: line += Strings.measureNoDeadline[L]
                }
                if overdue, let s = status { line += " " + Strings.measureOverdue(s.overdueBy, workingDays: workingDays)[L] }
                line += "  \(m.owner)  \(m.status.label[L])\(m.closedOn.map { " \($0)" } ?? "")  \(m.id)"
                let style = overdue ? Style(.error, bold: true) : (m.isOpen ? Style(.warning) : Style(.muted))
                item(.measure(m.id), line, style)
            }
        }

        // Summary line.
        var summary = [
            Span(Strings.term(p.type.label, L), Style(.label)),
            p.basis.map { Span("  ·  " + Strings.term($0.label, L)) } ?? Span("  ·  " + Strings.basisNotRecorded[L], Style(.warning)),
        ]
        if let stage = p.stage { summary.append(Span("  ·  " + stage.label[L])) }
        if index.isCrossProvince(p) {
            summary.append(
                Span(
                    "  ⇄ " + Strings.crossProvince[L] + " " + index.provinces(of: p).map(provinceName).joined(separator: "→"),
                    Style(.cross, bold: true)))
        }
        if let plan = p.planRef { summary.append(Span("  ·  \(Strings.planRef[L]): \(plan)", Style(.muted))) }
        out.append(DocumentLine(summary))

        section(Strings.sectionSegments)
        for assignment in p.segments {
            let site = data.sites[id: assignment.siteId]
            let owner = site.flatMap { data.enterprises[id: $0.enterpriseId] }
            let role = site?.enterpriseId == p.holderId ? Strings.holder[L] : Strings.contractManufacturer[L]
            let address = site.map { $0.displayAddress(L) } ?? assignment.siteId
            text(
                "  \(Strings.term(assignment.segment.label, L)): \(assignment.siteId) \(address) · \(site.map { provinceName($0.provinceCode) } ?? "—") · \(enterpriseName(owner)) · \(role)"
            )
        }

        section(Strings.sectionEnterprises)
        let enterprises = [index.holder(of: p)].compactMap { $0 } + index.contractManufacturers(of: p)
        for e in enterprises {
            let role = e.id == p.holderId ? Strings.holder[L] : Strings.contractManufacturer[L]
            var parts = ["  \(role): \(enterpriseName(e))"]
            if let licence = e.licence {
                parts.append("\(Strings.licence[L]) \(licence.number) \(licence.classLetters)\(licence.productTypes)")
                if let until = licence.validUntil { parts.append("\(Strings.validUntil[L]) \(until)") }
            }
            if let since = e.biologicsSince {
                let years = (since.days(until: model.today)) / 365
                parts.append("\(Strings.biologicsYears[L]) \(since) (\(years) \(Strings.years[L]))")
            } else {
                parts.append("\(Strings.biologicsYears[L]) \(Strings.notRecorded[L])")
            }
            parts.append(e.creditCode)
            text(parts.joined(separator: " · "))
        }

        section(Strings.sectionStages)
        for stage in PilotStage.allCases {
            if let step = p.steps.last(where: { $0.stage == stage }) {
                var line = "  ✓ \(step.date)  \(stage.label[L])"
                if let by = step.by { line += "  (\(by))" }
                if let reason = step.reason { line += " — \(reason)" }
                text(line, Style(.text))
            } else {
                text("  · \(String(repeating: " ", count: 10))  \(stage.label[L])", Style(.muted))
            }
        }

        // Rule 6 per partner province, rule 9 per document, as recorded.
        let partners = index.provinces(of: p).dropFirst()
        if !partners.isEmpty {
            let dates = partners.map { "\(provinceName($0)) \(p.jointPlanDates[$0]?.description ?? Strings.notRecorded[L])" }
            text("  \(Strings.jointPlan[L]): " + dates.joined(separator: " · "))
        }
        let documents = ProductDocument.allCases.filter { d in p.stage.map { $0 >= d.checkedFrom } ?? false }
        if !documents.isEmpty {
            let answers = documents.map { d in
                "\(d.label[L]) " + (d.namesBothAddresses(p).map { $0 ? "✓" : "✗" } ?? Strings.notChecked[L])
            }
            text("  \(Strings.documentsNameBoth[L]): " + answers.joined(separator: " · "))
        }

        section(Bilingual(zh: "质量监管方案（一品一策）", en: "Supervision plan (一品一策)"))
        for (line, style) in SupervisionPlanLines.lines(p, state) { text(line, style) }

        section(Strings.sectionStaff)
        let contractSites = index.contractSites(of: p)
        if contractSites.isEmpty { text("  " + Strings.noStaffNeeded[L], Style(.muted)) }
        for site in contractSites {
            let staff = index.staff(of: p.id).filter { $0.siteId == site.id }
            let present = staff.filter { $0.isStationed(on: model.today) }
            let enough = present.count >= SupervisionPlan.required(for: p, in: model.today.year).residentStaff
            let style = enough ? Style(.text) : Style(.error, bold: true)
            let people = staff.map { s in
                "\(s.person) (\(Strings.stationedSince[L]) \(s.from)\(s.to.map { " \(Strings.until[L]) \($0)" } ?? ""))"
            }
            text(
                "  \(site.id) \(site.displayAddress(L)): \(present.count) — "
                    + (people.isEmpty ? Strings.none[L] : people.joined(separator: ", ")), style)
        }

        section(Strings.sectionRisk)
        if let risk = p.risk {
            let relativeStyle =
                risk.relative == .high ? Style(.error, bold: true) : (risk.relative == .medium ? Style(.warning) : Style(.ok))
            out.append(
                DocumentLine([
                    Span(
                        "  \(Strings.intrinsicRisk[L]) \(risk.intrinsic.label[L]) × \(Strings.complianceRisk[L]) \(risk.compliance.label[L]) → \(Strings.relativeRisk[L]) "
                    ),
                    Span(risk.relative.label[L], relativeStyle),
                ]))
        } else {
            text("  " + Strings.notRecorded[L], Style(.muted))
        }

        section(Strings.sectionFindings)
        // The province's summary finding (rule 11) concerns every product still without its enterprise assessment.
        let unassessed = p.date(of: .enterpriseAssessment) == nil && p.basis != ProductBasis.none
        let findings = (model.findingsByProduct[p.id] ?? []) + model.otherFindings.filter { unassessed && $0.rule == Rule.pilotEnd.id }
        if findings.isEmpty { text("  ✓ " + Strings.none[L], Style(.ok)) }
        for f in findings {
            let style: Style = f.severity == .error ? Style(.error, bold: true) : (f.severity == .warning ? Style(.warning) : Style(.info))
            text("  \(f.severity.label[L]) \(f.heading(L)) \(f.message[L])", style)
        }

        section(Strings.sectionInspections)
        let inspections = index.inspections(of: p.id).sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        if inspections.isEmpty { text("  " + Strings.none[L], Style(.muted)) }
        for i in inspections {
            var line = "  \(i.start)–\(i.end)  \(i.type.label[L])  \(i.status.label[L])"
            if let c = i.conclusion { line += "  \(c.label[L])" }
            if let d = i.defects { line += "  (\(d.label[L]))" }
            if let r = RectificationStatus(i, deadlines: index.data.deadlines, today: state.model.today, calendar: state.model.calendar) {
                let next = r.assessment.map { " ✓\($0.label[L])" } ?? r.assessmentDue.map { " → \(Strings.assessmentShort[L]) \($0.due)" }
                line += "  → \(r.reportDue.due)\(r.reportReceivedOn.map { " ✓\($0)" } ?? "")\(next ?? "")"
            }
            line += "  \(inspectorNames(i.team))  \(i.id)"
            item(.finding(AnsweredFinding(.inspection, i.id)), line, i.hasOpenRectification ? Style(.warning) : Style(.text))
            measures(answering: AnsweredFinding(.inspection, i.id))
        }

        section(Strings.sectionSamplings)
        let samplings = index.samplings(of: p.id).sorted { ($0.sampledOn, $0.id) > ($1.sampledOn, $1.id) }
        if samplings.isEmpty { text("  " + Strings.none[L], Style(.muted)) }
        for s in samplings {
            let style: Style =
                s.conclusion == .fail ? Style(.error, bold: true) : (s.conclusion == .pending ? Style(.warning) : Style(.text))
            item(
                .finding(AnsweredFinding(.sampling, s.id)),
                "  \(s.sampledOn)  \(s.segment.label[L])  \(s.batch)  \(s.lab)  \(s.conclusion.label[L])\(s.reportNo.map { "  \($0)" } ?? "")  \(s.id)",
                style)
            measures(answering: AnsweredFinding(.sampling, s.id))
        }
        // Commissioned testing apart, under its own heading: it is not sampling.
        let commissioned = index.commissionedTests(of: p.id).sorted { ($0.sampledOn, $0.id) > ($1.sampledOn, $1.id) }
        if !commissioned.isEmpty { section(CommissionedLog.title) }
        for s in commissioned {
            text(
                "  \(s.requestedOn?.description ?? s.sampledOn.description)  \(s.segment.label[L])  \(s.batch)  \(s.lab)  \(s.conclusion.label[L])\(s.reportDate.map { "  \($0)" } ?? "")  \(s.id)",
                s.conclusion == .fail ? Style(.warning) : Style(.muted))
        }
        // Voided entries stay in the case's record, dimmed with the day and the reason, as the sampling list shows them.
        let voided = index.voidedSamplings(of: p.id).sorted { ($0.sampledOn, $0.id) > ($1.sampledOn, $1.id) }
        if !voided.isEmpty { section(Bilingual(zh: "已作废（不计入）", en: "Voided (not counted)")) }
        for s in voided {
            let void = s.voided.map { "  \(SamplingScreen.voided[L]) \($0.date) \($0.reason)" } ?? ""
            text("  \(s.sampledOn)  \(s.segment.label[L])  \(s.batch)  \(s.lab)\(void)  \(s.id)", Style(.muted))
        }
        return (out, items)
    }
}
