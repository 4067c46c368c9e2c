import PilotCore

/// The inspection calendar: a month grid (Monday first, ISO week numbers) with a marker per inspection,
/// weekends and holidays shaded, adjusted working days marked, today highlighted; beside or below it the
/// agenda of the selected day, or the inspector-load panel.
enum CalendarScreen {
    static func weekdayNames(_ L: Language) -> [String] {
        Strings.weekdayInitials.map { $0[L] }
    }

    /// One marker per inspection type: letters in English, one character in Chinese.
    static func marker(_ type: InspectionType, _ L: Language) -> String {
        switch type {
        case .fullGMP: return Bilingual(zh: "全", en: "G")[L]
        case .licensing: return Bilingual(zh: "许", en: "L")[L]
        case .routine: return Bilingual(zh: "常", en: "R")[L]
        case .forCause: return Bilingual(zh: "因", en: "C")[L]
        case .other: return Bilingual(zh: "他", en: "O")[L]
        }
    }

    static func statusStyle(_ status: InspectionStatus) -> Style {
        switch status {
        case .planned: return Style(.info, bold: true)
        case .inProgress: return Style(.warning, bold: true)
        case .completed: return Style(.ok)
        case .cancelled: return Style(.muted)
        }
    }

    static func draw(into grid: inout Grid, area: Rect, _ state: AppState) {
        let sideBySide = area.width >= 110
        let gridWidth = sideBySide ? min(area.width - 36, 4 + 7 * 11) : area.width
        let monthArea = Rect(x: area.x, y: area.y, width: gridWidth, height: sideBySide ? area.height : min(area.height, 15))
        drawMonth(into: &grid, area: monthArea, state)
        let panel =
            sideBySide
            ? Rect(x: area.x + gridWidth + 1, y: area.y, width: area.width - gridWidth - 1, height: area.height)
            : Rect(x: area.x, y: area.y + monthArea.height, width: area.width, height: area.height - monthArea.height)
        if state.calendar.loadMode {
            drawLoad(into: &grid, area: panel, state)
        } else {
            drawAgenda(into: &grid, area: panel, state)
        }
    }

    static func drawMonth(into grid: inout Grid, area: Rect, _ state: AppState) {
        let L = state.language
        let cal = state.calendar
        let calendar = state.model.calendar
        let first = cal.monthStart
        let title = Bilingual(zh: "\(first.year) 年 \(first.month) 月", en: monthName(first.month) + " \(first.year)")[L]
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.title))
        grid.put(" " + title, x: area.x, y: area.y, style: Style(.title, bold: true))
        // A month in a year without the State Council's arrangement says its holidays are estimated.
        let estimate = StatutoryHoliday.estimateNote(years: calendar.isEstimated(first.year) ? [first.year] : [])
        let legend =
            estimate?[L]
            ?? Bilingual(
                zh: "全=全体系GMP 许=许可 常=常规 因=有因 · 班=调休上班", en: "G full GMP  L licensing  R routine  C for-cause · wk = adjusted workday")[L]
        let legendX = area.x + DisplayWidth.of(title) + 3
        if legendX < area.maxX { grid.put(legend, x: legendX, y: area.y, style: Style(.muted), limit: area.maxX - legendX) }
        let cellWidth = max(3, (area.width - 4) / 7)
        let headerY = area.y + 1
        grid.fill(Rect(x: area.x, y: headerY, width: area.width, height: 1), style: Style(.tableHeader, bold: true))
        grid.put(Bilingual(zh: "周", en: "Wk")[L], x: area.x, y: headerY, style: Style(.tableHeader, bold: true))
        for (i, name) in weekdayNames(L).enumerated() {
            grid.putPadded(" " + name, x: area.x + 4 + i * cellWidth, y: headerY, width: cellWidth, style: Style(.tableHeader, bold: true))
        }
        let bookings = Agenda.bookings(state)
        let gridStart = first.adding(days: 1 - first.weekday)
        let rowsPerWeek = max(1, min(3, (area.height - 2) / 6))
        for week in 0..<6 {
            let y = area.y + 2 + week * rowsPerWeek
            guard y < area.maxY else { break }
            let monday = gridStart.adding(days: week * 7)
            if week > 0 && monday.month != first.month && monday > first { break }
            grid.putPadded(String(monday.isoWeek), x: area.x, y: y, width: 3, style: Style(.muted), alignRight: true)
            for d in 0..<7 {
                let day = monday.adding(days: d)
                let x = area.x + 4 + d * cellWidth
                let inMonth = day.month == first.month
                let kind = calendar.kind(of: day)
                var base: Style
                var note = ""
                switch kind {
                case .holiday(let name):
                    base = Style(.warning)
                    note = Bilingual(zh: String(name.zh.prefix(2)), en: "hol")[L]
                case .weekend: base = Style(.muted)
                case .adjustedWorkday:
                    base = Style(.info)
                    note = Bilingual(zh: "班", en: "wk")[L]
                case .workday: base = Style(.text)
                }
                if !inMonth { base = Style(.muted) }
                let cellRect = Rect(x: x, y: y, width: cellWidth - 1, height: min(rowsPerWeek, area.maxY - y))
                if kind != .workday && kind != .adjustedWorkday && inMonth {
                    grid.fill(cellRect, style: Style(.muted))
                }
                var label = String(day.day)
                if !note.isEmpty { label += " " + note }
                var dayStyle = base
                if day == state.model.today { dayStyle = Style(.tabActive, bold: true, underline: true) }
                grid.putPadded(label, x: x, y: y, width: cellWidth - 1, style: dayStyle)
                let markerY = rowsPerWeek > 1 ? y + 1 : y
                var mx = rowsPerWeek > 1 ? x : x + DisplayWidth.of(label) + 1
                for booking in bookings where booking.overlaps(day, day) {
                    let m = marker(booking.type, L)
                    guard mx + DisplayWidth.of(m) <= x + cellWidth - 1, markerY < area.maxY else { break }
                    mx += grid.put(m, x: mx, y: markerY, style: statusStyle(booking.status))
                }
                if day == cal.selected {
                    grid.restyle(cellRect) { $0.reverse = true }
                }
            }
        }
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][
            month - 1]
    }

    static func dayHeading(_ day: CivilDate, _ L: Language, calendar: WorkingCalendar) -> String {
        let names = Strings.weekdays.map { $0[L] }
        var text = "\(day) \(names[day.weekday - 1]) · " + Bilingual(zh: "第 \(day.isoWeek) 周", en: "week \(day.isoWeek)")[L]
        switch calendar.kind(of: day) {
        case .holiday(let name): text += " · " + Bilingual(zh: "\(name.zh)（放假）", en: "\(name.en) \(name.zh) (holiday)")[L]
        case .adjustedWorkday: text += " · " + Bilingual(zh: "调休上班", en: "adjusted working day (调休上班)")[L]
        case .weekend: text += " · " + Bilingual(zh: "周末", en: "weekend")[L]
        case .workday: break
        }
        return text
    }

    static func drawAgenda(into grid: inout Grid, area: Rect, _ state: AppState) {
        guard area.height > 0 else { return }
        let L = state.language
        let index = state.model.index
        let listing = Agenda.listing(state)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.tableHeader, bold: true))
        grid.put(
            " " + dayHeading(state.calendar.selected, L, calendar: state.model.calendar), x: area.x, y: area.y,
            style: Style(.tableHeader, bold: true), limit: area.width)
        var y = area.y + 1
        if listing.items.isEmpty {
            if y < area.maxY {
                grid.put(
                    Bilingual(zh: " 本周无检查 · a 安排检查", en: " No inspections this week · a schedules one")[L], x: area.x, y: y,
                    style: Style(.muted), limit: area.width)
            }
            return
        }
        if listing.isWeek, y < area.maxY {
            grid.put(
                Bilingual(zh: " 当日无检查；本周：", en: " None on this day; this week:")[L], x: area.x, y: y, style: Style(.muted),
                limit: area.width)
            y += 1
        }
        for (i, inspection) in listing.items.enumerated() where y < area.maxY {
            let product = index.data.products[id: inspection.productId]
            let name = product.map { $0.displayName(L) } ?? inspection.productId
            let team = inspection.team.map { id in index.data.inspectors[id: id].map { $0.displayName(L) } ?? id }
            var line =
                " \(marker(inspection.type, L)) \(inspection.id) \(inspection.start.description.suffix(5))–\(inspection.end.description.suffix(5)) \(name) · \(inspection.type.label[L]) · "
            line += inspection.status.label[L] + " · " + inspection.siteIds.joined(separator: ",") + " · " + team.joined(separator: ", ")
            if inspection.needsRectification {
                line += " · " + RectificationText.summary(inspection, state: state)[L]
            }
            let wrapped = Document.wrap(line, width: area.width, indent: "     ")
            for part in wrapped where y < area.maxY {
                grid.putPadded(
                    part, x: area.x, y: y, width: area.width,
                    style: statusStyle(inspection.status) == Style(.muted) ? Style(.muted) : Style(.text))
                if i == state.calendar.agendaIndex {
                    grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
                }
                y += 1
            }
        }
    }

    static func drawLoad(into grid: inout Grid, area: Rect, _ state: AppState) {
        guard area.height > 0 else { return }
        let L = state.language
        let counts = LoadView.monthCounts(state)
        let selected = LoadView.inspector(state)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.tableHeader, bold: true))
        let title = Bilingual(zh: " 检查员本月负荷（n/N 切换，i 关闭）", en: " Inspector load this month (n/N choose, i closes)")[L]
        grid.put(title, x: area.x, y: area.y, style: Style(.tableHeader, bold: true), limit: area.width)
        var y = area.y + 1
        for inspector in LoadView.inspectors(state) where y < area.maxY {
            let n = counts[inspector.id] ?? 0
            let doubles = doubleBookedDays(inspector.id, state)
            var line = " \(inspector.id) \(inspector.displayName(L))  \(String(repeating: "■", count: min(n, 12))) \(n)"
            if !doubles.isEmpty { line += Bilingual(zh: "  重复安排 \(doubles.count) 天", en: "  double-booked \(doubles.count) days")[L] }
            grid.putPadded(line, x: area.x, y: y, width: area.width, style: doubles.isEmpty ? Style(.text) : Style(.error, bold: true))
            if inspector.id == selected?.id { grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true } }
            y += 1
        }
    }

    /// Days of the month on which the inspector is on more than one inspection.
    static func doubleBookedDays(_ inspector: String, _ state: AppState) -> [CivilDate] {
        let bookings = state.model.inspections(from: state.calendar.monthStart, to: state.calendar.monthEnd)
            .filter { $0.status != .cancelled && $0.team.contains(inspector) }
        var out: [CivilDate] = []
        var day = state.calendar.monthStart
        while day <= state.calendar.monthEnd {
            if bookings.filter({ $0.overlaps(day, day) }).count > 1 { out.append(day) }
            day = day.adding(days: 1)
        }
        return out
    }
}
