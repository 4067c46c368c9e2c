import PilotCore

/// Enter on an inspection: every field, in a box over the calendar.
enum InspectionCard {
    static func draw(into grid: inout Grid, _ state: AppState, _ id: String) {
        let L = state.language
        let index = state.model.index
        guard let i = index.data.inspections[id: id] else { return }
        let product = index.data.products[id: i.productId]
        let conflicts = TeamConflicts.of(i, index: index, calendar: state.model.calendar)
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
                    (index.data.inspectors[id: id].map {
                        Bilingual(zh: "\($0.name)（\($0.unit)）", en: "\($0.displayName(.en)) (\($0.unit))")[L]
                    } ?? id) + (conflicts[id] == nil ? "" : CalendarScreen.conflictMark)
                }.joined(separator: ", ")
            ),
        ]
        // One line per conflicted member, saying why: the same check the schedule form runs.
        for id in i.team {
            guard let found = conflicts[id] else { continue }
            lines.append((Bilingual(zh: "冲突", en: "Conflict")[L], conflictText(id, found, i, index)[L]))
        }
        if i.joint {
            lines.append(
                (
                    Bilingual(zh: "联合检查", en: "Joint")[L],
                    i.partnerProvinces.map { state.model.provinces.named(code: $0)?.displayName(L) ?? $0 }
                        .joined(separator: Bilingual(zh: "、", en: ", ")[L])
                ))
        }
        if let d = i.defects {
            lines.append((Bilingual(zh: "缺陷", en: "Defects")[L], d.label[L]))
        }
        if let c = i.conclusion { lines.append((Bilingual(zh: "现场结论", en: "Conclusion")[L], c.label[L])) }
        if let a = i.assessment { lines.append((Bilingual(zh: "评定备注", en: "Assessment note")[L], a)) }
        if i.needsRectification {
            lines.append((Bilingual(zh: "整改", en: "Rectification")[L], RectificationText.summary(i, state: state)[L]))
        }
        if let r = i.reason { lines.append((Bilingual(zh: "事由", en: "Reason")[L], r)) }
        let body = Layout.body(state.size)
        let width = min(body.width, 90)
        // Values wrap (a team, a conflict) rather than stop at the box's edge, while the screen has rows for them.
        let rows = lines.flatMap { label, value in
            Document.wrap(value, width: max(1, width - 19)).enumerated().map { n, part in (n == 0 ? label : "", part) }
        }
        let box = body.centered(width: width, height: min(body.height, rows.count + 3))
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: Bilingual(zh: "检查 \(i.id)", en: "Inspection \(i.id)")[L])
        let inner = box.inset(by: 1)
        for (n, line) in rows.enumerated() where inner.y + n < inner.maxY - 1 {
            grid.putPadded(line.0, x: inner.x + 1, y: inner.y + n, width: 14, style: Style(.label, bold: true))
            grid.putPadded(line.1, x: inner.x + 16, y: inner.y + n, width: max(0, inner.width - 17), style: Style(.overlay))
        }
        grid.put(
            Bilingual(zh: " Esc 关闭 · s 推进状态 · e 修改 · x 取消", en: " Esc closes · s status · e edit · x cancel")[L], x: inner.x,
            y: inner.maxY - 1, style: Style(.muted), limit: inner.width)
    }

    /// "王立群：与 INS-0024、INS-0025 日程重叠；与 某公司 存在利益冲突（王处长 批准）".
    static func conflictText(_ inspector: String, _ found: [SchedulingConflict], _ i: Inspection, _ index: PilotIndex) -> Bilingual {
        let person = index.data.inspectors[id: inspector]
        var zh: [String] = []
        var en: [String] = []
        let overlapping = found.compactMap { if case .doubleBooked(_, let other, _, _) = $0 { other } else { nil } }
        if !overlapping.isEmpty {
            zh.append("与 \(overlapping.joined(separator: "、")) 日程重叠")
            en.append("overlaps \(overlapping.joined(separator: ", "))")
        }
        let enterprises = found.compactMap { if case .conflictOfInterest(_, let e) = $0 { index.data.enterprises[id: e] } else { nil } }
        if !enterprises.isEmpty {
            let approval = i.conflictApprovedBy.map { Bilingual(zh: "（\($0) 批准）", en: " (approved by \($0))") }
            zh.append("与 \(enterprises.map(\.name).joined(separator: "、")) 存在利益冲突" + (approval?.zh ?? ""))
            en.append(
                "conflict of interest with \(enterprises.map { $0.displayName(.en) }.joined(separator: ", "))" + (approval?.en ?? ""))
        }
        return Bilingual(
            zh: "\(person?.name ?? inspector)：" + zh.joined(separator: "；"),
            en: "\(person?.displayName(.en) ?? inspector): " + en.joined(separator: "; "))
    }
}
