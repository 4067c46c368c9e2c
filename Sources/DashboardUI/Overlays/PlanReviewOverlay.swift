import PilotCore

/// `p`: the proposed inspections, accepted one by one (Enter) or all (A); what cannot be placed, and why.
enum PlanReviewOverlay {
    static func draw(into grid: inout Grid, area: Rect, _ state: AppState, _ review: PlanReview) {
        let L = state.language
        let index = state.model.index
        let result = review.result
        var lines: [DocumentLine] = []
        func name(_ id: String) -> String { index.data.products[id: id].map { $0.displayName(L) } ?? id }
        for (i, p) in result.proposals.enumerated() {
            let team = p.team.map { id in index.data.inspectors[id: id].map { $0.displayName(L) } ?? id }.joined(separator: ", ")
            let partners = p.partnerProvinces.compactMap { state.model.provinces.named(code: $0)?.displayName(L) }
            let joint =
                partners.isEmpty
                ? ""
                : Bilingual(zh: " · 联合 \(partners.joined(separator: "、"))", en: " · joint with \(partners.joined(separator: ", "))")[L]
            var line = DocumentLine(" \(p.start)–\(p.end.description.suffix(5))  \(p.productId) \(name(p.productId)) · \(team)\(joint)")
            if i == review.selected { line.spans = line.spans.map { Span($0.text, Style(.overlay, reverse: true)) } }
            lines.append(line)
        }
        if result.proposals.isEmpty {
            lines.append(DocumentLine(Bilingual(zh: " 无需新增检查", en: " Nothing left to schedule")[L], Style(.muted)))
        }
        for u in result.unplaced {
            lines.append(DocumentLine(" ✗ \(u.productId) \(name(u.productId)): \(u.reason[L])", Style(.error, bold: true)))
        }
        if !result.alreadyPlanned.isEmpty {
            lines.append(
                DocumentLine(
                    Bilingual(zh: " 已有计划：", en: " Already planned: ")[L] + result.alreadyPlanned.joined(separator: ", "), Style(.muted)))
        }
        if !result.missingSamplings.isEmpty {
            lines.append(
                DocumentLine(
                    Bilingual(zh: " 尚无制剂监督抽检：", en: " Still to sample (drug product): ")[L]
                        + result.missingSamplings.joined(separator: ", "), Style(.warning))
            )
        }
        let box = area.centered(width: min(area.width, 100), height: min(area.height, lines.count + 3))
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: Bilingual(zh: "\(result.year) 年补缺计划", en: "Plan to close the \(result.year) gaps")[L])
        let inner = box.inset(by: 1)
        Document.draw(
            into: &grid, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), lines: lines, scroll: 0)
        let footer = Bilingual(zh: " Enter 采纳所选 · A 全部采纳 · x 跳过 · Esc 关闭", en: " Enter accept · A accept all · x skip · Esc close")[L]
        grid.put(footer, x: inner.x, y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }
}
