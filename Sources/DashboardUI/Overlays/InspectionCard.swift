import PilotCore

/// Enter on an inspection: every field, in a box over the calendar.
enum InspectionOverlay {
    static func draw(into grid: inout Grid, _ state: AppState, _ id: String) {
        let L = state.language
        let index = state.model.index
        guard let i = index.data.inspections[id: id] else { return }
        let product = index.data.products[id: i.productId]
        var lines: [(String, String)] = [
            (L == .zh ? "品种" : "Product", "\(i.productId) " + (product.map { L == .zh ? $0.name : ($0.nameEn ?? $0.name) } ?? "")),
            (L == .zh ? "类型" : "Type", i.type.label[L] + (i.unannounced ? (L == .zh ? "（飞行检查）" : " (unannounced 飞行检查)") : "")),
            (L == .zh ? "日期" : "Dates", "\(i.start) – \(i.end)"),
            (L == .zh ? "状态" : "Status", i.status.label[L]),
            (L == .zh ? "场地" : "Sites", i.siteIds.map { id in index.data.sites[id: id].map { "\(id) " + (L == .zh ? $0.address : ($0.addressEn ?? $0.address)) } ?? id }.joined(separator: "; ")),
            (L == .zh ? "检查组" : "Team", i.team.map { id in index.data.inspectors[id: id].map { L == .zh ? "\($0.name)（\($0.unit)）" : "\($0.nameEn ?? $0.name) (\($0.unit))" } ?? id }.joined(separator: ", ")),
        ]
        if i.joint { lines.append((L == .zh ? "联合检查" : "Joint", i.partnerProvinceCode.flatMap { state.model.provinces.named(code: $0)?.displayName(L) } ?? "")) }
        if let d = i.defects { lines.append((L == .zh ? "缺陷" : "Defects", L == .zh ? "严重 \(d.critical) · 主要 \(d.major) · 一般 \(d.general)" : "critical \(d.critical) · major \(d.major) · general \(d.general)")) }
        if let c = i.conclusion { lines.append((L == .zh ? "现场结论" : "Conclusion", c.label[L])) }
        if let a = i.assessment { lines.append((L == .zh ? "综合评定" : "Assessment", a)) }
        if let due = i.rectificationDue {
            lines.append((L == .zh ? "整改期限" : "Rectification", "\(due)" + (i.rectificationClosed.map { L == .zh ? "，已于 \($0) 完成" : ", closed \($0)" } ?? (L == .zh ? "，未完成" : ", open"))))
        }
        if let r = i.reason { lines.append((L == .zh ? "事由" : "Reason", r)) }
        let body = Layout.body(state.size)
        let box = body.centered(width: min(body.width, 90), height: lines.count + 3)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: L == .zh ? "检查 \(i.id)" : "Inspection \(i.id)")
        let inner = box.inset(by: 1)
        for (n, line) in lines.enumerated() where inner.y + n < inner.maxY - 1 {
            grid.putPadded(line.0, x: inner.x + 1, y: inner.y + n, width: 14, style: Style(.label, bold: true))
            grid.putPadded(line.1, x: inner.x + 16, y: inner.y + n, width: max(0, inner.width - 17), style: Style(.overlay))
        }
        grid.put(L == .zh ? " Esc 关闭 · s 推进状态 · e 修改 · x 取消" : " Esc closes · s status · e edit · x cancel", x: inner.x, y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }
}
