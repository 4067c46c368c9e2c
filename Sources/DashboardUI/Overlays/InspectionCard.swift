import PilotCore

/// Enter on an inspection: every field, in a box over the calendar.
enum InspectionCard {
    static func draw(into grid: inout Grid, _ state: AppState, _ id: String) {
        let L = state.language
        let index = state.model.index
        guard let i = index.data.inspections[id: id] else { return }
        let product = index.data.products[id: i.productId]
        var lines: [(String, String)] = [
            (Bilingual(zh: "品种", en: "Product")[L], "\(i.productId) " + (product.map { $0.displayName(L) } ?? "")),
            (
                Bilingual(zh: "类型", en: "Type")[L],
                i.type.label[L] + (i.unannounced ? Bilingual(zh: "（飞行检查）", en: " (unannounced 飞行检查)")[L] : "")
            ),
            (Bilingual(zh: "日期", en: "Dates")[L], "\(i.start) – \(i.end)"),
            (Bilingual(zh: "状态", en: "Status")[L], i.status.label[L]),
            (
                Bilingual(zh: "场地", en: "Sites")[L],
                i.siteIds.map { id in index.data.sites[id: id].map { "\(id) " + $0.displayAddress(L) } ?? id }.joined(separator: "; ")
            ),
            (
                Bilingual(zh: "检查组", en: "Team")[L],
                i.team.map { id in
                    index.data.inspectors[id: id].map {
                        Bilingual(zh: "\($0.name)（\($0.unit)）", en: "\($0.displayName(.en)) (\($0.unit))")[L]
                    } ?? id
                }.joined(separator: ", ")
            ),
        ]
        if i.joint {
            lines.append(
                (
                    Bilingual(zh: "联合检查", en: "Joint")[L],
                    i.partnerProvinces.map { state.model.provinces.named(code: $0)?.displayName(L) ?? $0 }
                        .joined(separator: Bilingual(zh: "、", en: ", ")[L])
                ))
        }
        if let d = i.defects {
            lines.append(
                (
                    Bilingual(zh: "缺陷", en: "Defects")[L],
                    Bilingual(
                        zh: "严重 \(d.critical) · 主要 \(d.major) · 一般 \(d.general)",
                        en: "critical \(d.critical) · major \(d.major) · general \(d.general)")[L]
                ))
        }
        if let c = i.conclusion { lines.append((Bilingual(zh: "现场结论", en: "Conclusion")[L], c.label[L])) }
        if let a = i.assessment { lines.append((Bilingual(zh: "评定备注", en: "Assessment note")[L], a)) }
        if i.needsRectification {
            lines.append((Bilingual(zh: "整改", en: "Rectification")[L], RectificationText.summary(i, state: state)[L]))
        }
        if let r = i.reason { lines.append((Bilingual(zh: "事由", en: "Reason")[L], r)) }
        let body = Layout.body(state.size)
        let box = body.centered(width: min(body.width, 90), height: lines.count + 3)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: Bilingual(zh: "检查 \(i.id)", en: "Inspection \(i.id)")[L])
        let inner = box.inset(by: 1)
        for (n, line) in lines.enumerated() where inner.y + n < inner.maxY - 1 {
            grid.putPadded(line.0, x: inner.x + 1, y: inner.y + n, width: 14, style: Style(.label, bold: true))
            grid.putPadded(line.1, x: inner.x + 16, y: inner.y + n, width: max(0, inner.width - 17), style: Style(.overlay))
        }
        grid.put(
            Bilingual(zh: " Esc 关闭 · s 推进状态 · e 修改 · x 取消", en: " Esc closes · s status · e edit · x cancel")[L], x: inner.x,
            y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }
}
