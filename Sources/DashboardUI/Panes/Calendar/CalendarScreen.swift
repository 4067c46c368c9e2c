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
        let (monthArea, panel) = Layout.calendarSplit(area, month: state.calendar.monthStart)
        drawMonth(into: &grid, area: monthArea, state)
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
                zh: "全=全体系GMP 许=许可 常=常规 因=有因 · 班=调休上班 · !=冲突",
                en: "G full GMP  L licensing  R routine  C for-cause · wk = adjusted workday · ! inspector conflict")[L]
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
        let byDay = positionsByDay(bookings, from: gridStart, days: 42)
        let rowsPerWeek = Layout.calendarRowsPerWeek(height: area.height, weeks: Layout.calendarWeeks(first))
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
                let onDay = byDay[week * 7 + d].lazy.map { bookings[$0] }
                if rowsPerWeek >= 4 {
                    drawTallCell(
                        into: &grid, onDay, x: x, y: y + 1, width: cellWidth - 1, lines: min(rowsPerWeek - 2, area.maxY - y - 1), L)
                } else {
                    let markerY = rowsPerWeek > 1 ? y + 1 : y
                    var mx = rowsPerWeek > 1 ? x : x + DisplayWidth.of(label) + 1
                    for booking in onDay {
                        let m = marker(booking.type, L)
                        guard mx + DisplayWidth.of(m) <= x + cellWidth - 1, markerY < area.maxY else { break }
                        mx += grid.put(m, x: mx, y: markerY, style: statusStyle(booking.status))
                    }
                }
                if day == cal.selected {
                    grid.restyle(cellRect) { $0.reverse = true }
                }
            }
        }
    }

    /// The positions in `bookings` (in start order) of each of the `days` days from `first`, found in one pass: a
    /// filter of every booking per day copied each day's inspections, 42 times a frame, thousands at national scale.
    static func positionsByDay(_ bookings: [CalendarBooking], from first: CivilDate, days: Int) -> [[Int]] {
        var byDay = [[Int]](repeating: [], count: days)
        for (position, booking) in bookings.enumerated() {
            let from = max(0, booking.start.dayNumber - first.dayNumber)
            let to = min(days - 1, booking.end.dayNumber - first.dayNumber)
            guard from <= to else { continue }
            for day in from...to { byDay[day].append(position) }
        }
        return byDay
    }

    /// A tall cell (a screen with rows to spare) lists each inspection of the day on a line of its own with
    /// its product, "全 P05"; what does not fit is counted on the last line, "+2".
    static func drawTallCell(
        into grid: inout Grid, _ bookings: some Collection<CalendarBooking>, x: Int, y: Int, width: Int, lines: Int, _ L: Language
    ) {
        guard lines > 0 else { return }
        let shown = bookings.count > lines ? lines - 1 : bookings.count
        for (n, booking) in bookings.prefix(shown).enumerated() {
            grid.put(marker(booking.type, L) + " " + booking.productId, x: x, y: y + n, style: statusStyle(booking.status), limit: width)
        }
        if bookings.count > shown { grid.put("+\(bookings.count - shown)", x: x, y: y + shown, style: Style(.muted), limit: width) }
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
        let listing = Agenda.listing(state)
        let heading = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(heading, style: Style(.tableHeader, bold: true))
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
        let rows = max(1, area.maxY - y)
        // A team's conflicts are looked up only for the inspections drawn: a busy day at national scale lists dozens,
        // each checked against every booking of its inspectors.
        func conflicts(_ i: Int) -> [String: [SchedulingConflict]] {
            guard let inspection = Agenda.inspection(listing.items[i], state) else { return [:] }
            return TeamConflicts.of(inspection, index: state.model.index, calendar: state.model.calendar)
        }
        func wrapped(_ i: Int, _ found: [String: [SchedulingConflict]]) -> [String] {
            guard let inspection = Agenda.inspection(listing.items[i], state) else { return [" " + listing.items[i].id] }
            return agendaLines(inspection, found, width: area.width, state)
        }
        // Every inspection in full when they all fit; otherwise one line each, scrolled to keep the selection in view.
        // Each takes at least a line, so more inspections than rows cannot fit.
        let full =
            listing.items.count > rows
            ? nil
            : listing.items.indices.map { i in
                let found = conflicts(i)
                return (found, wrapped(i, found))
            }
        let fits = full.map { $0.map(\.1.count).reduce(0, +) <= rows } ?? false
        var window = ListState(selected: state.calendar.agendaIndex, offset: fits ? 0 : state.calendar.agendaOffset)
        window.scroll(count: listing.items.count, height: rows)
        let shown = fits ? listing.items.count : ListState.rowsShown(count: listing.items.count, height: rows)
        ListMarker.draw(
            into: &grid, row: Rect(x: area.x, y: y + shown, width: area.width, height: 1), selected: state.calendar.agendaIndex,
            count: listing.items.count, offset: window.offset, rows: shown, L)
        for i in window.offset..<min(listing.items.count, window.offset + shown) where y < area.maxY {
            let (found, lines) =
                full?[i]
                ?? {
                    let f = conflicts(i)
                    return (f, wrapped(i, f))
                }()
            let style =
                statusStyle(listing.items[i].status) == Style(.muted)
                ? Style(.muted) : (found.isEmpty ? Style(.text) : Style(.error, bold: true))
            for (n, part) in lines.enumerated() where y < area.maxY && (fits || n == 0) {
                grid.putPadded(part, x: area.x, y: y, width: area.width, style: style)
                if i == state.calendar.agendaIndex {
                    grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
                }
                y += 1
            }
        }
    }

    /// One inspection of the day list, wrapped to `width`; a conflicted inspector's name is marked "!".
    static func agendaLines(_ inspection: Inspection, _ conflicts: [String: [SchedulingConflict]], width: Int, _ state: AppState)
        -> [String]
    {
        let L = state.language
        let index = state.model.index
        let product = index.data.products[id: inspection.productId]
        let name = product.map { $0.displayName(L) } ?? inspection.productId
        let team = inspection.team.map { id in
            (index.data.inspectors[id: id].map { $0.displayName(L) } ?? id) + (conflicts[id] == nil ? "" : conflictMark)
        }
        // The mark leads the line too, where a line cut at the screen's edge still shows it.
        var line =
            (conflicts.isEmpty ? " " : conflictMark)
            + "\(marker(inspection.type, L)) \(inspection.id) \(inspection.start.description.suffix(5))–\(inspection.end.description.suffix(5)) \(name) · \(inspection.type.label[L]) · "
        line += inspection.status.label[L] + " · " + inspection.siteIds.joined(separator: ",") + " · " + team.joined(separator: ", ")
        if inspection.needsRectification {
            line += " · " + RectificationText.summary(inspection, state: state)[L]
        }
        return Document.wrap(line, width: width, indent: "     ")
    }

    /// After an inspector's name wherever a team is listed: booked twice or in a conflict of interest (the card says which).
    static let conflictMark = "!"

    static func drawLoad(into grid: inout Grid, area: Rect, _ state: AppState) {
        guard area.height > 0 else { return }
        let L = state.language
        let counts = LoadView.monthCounts(state)
        let conflicts = LoadView.monthConflicts(state)
        let inspectors = LoadView.inspectors(state)
        let heading = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(heading, style: Style(.tableHeader, bold: true))
        let title = Bilingual(zh: " 检查员本月负荷（n/N 切换，i 关闭）", en: " Inspector load this month (n/N choose, i closes)")[L]
        grid.put(title, x: area.x, y: area.y, style: Style(.tableHeader, bold: true), limit: area.width)
        let rows = max(1, area.height - 1)
        let selected = min(state.calendar.loadInspector, max(0, inspectors.count - 1))
        var window = ListState(selected: selected, offset: state.calendar.loadOffset)
        window.scroll(count: inspectors.count, height: rows)
        let shown = ListState.rowsShown(count: inspectors.count, height: rows)
        ListMarker.draw(
            into: &grid, row: Rect(x: area.x, y: area.y + 1 + shown, width: area.width, height: 1), selected: selected,
            count: inspectors.count, offset: window.offset, rows: shown, L)
        var y = area.y + 1
        // Ids and names padded to the longest, so the bars start in one column; bars padded to the longest and
        // counts right-aligned, so the counts and the conflict notes line up too.
        func padded(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
        let idWidth = inspectors.map { DisplayWidth.of($0.id) }.max() ?? 0
        let nameWidth = inspectors.map { DisplayWidth.of($0.displayName(L)) }.max() ?? 0
        let bar = { (count: Int) in String(repeating: "■", count: min(count, 12)) }
        let barWidth = inspectors.map { DisplayWidth.of(bar(counts[$0.id] ?? 0)) }.max() ?? 0
        let countWidth = inspectors.map { String(counts[$0.id] ?? 0).count }.max() ?? 1
        for (n, inspector) in inspectors.enumerated().dropFirst(window.offset).prefix(shown) {
            let count = counts[inspector.id] ?? 0
            let found = conflicts[inspector.id] ?? []
            let countText = String(repeating: " ", count: max(0, countWidth - String(count).count)) + String(count)
            var line =
                " \(padded(inspector.id, idWidth)) \(padded(inspector.displayName(L), nameWidth)) \(padded(bar(count), barWidth)) \(countText)"
            let doubles = Set(found.compactMap { if case .doubleBooked(_, let other, _, _) = $0 { other } else { nil } }).count
            // The inspections whose dates overlap another of theirs (both of a pair count), and any conflict of interest.
            if doubles > 0 { line += Bilingual(zh: "  日程重叠 \(doubles) 项", en: "  \(doubles) bookings overlap")[L] }
            if found.contains(where: \SchedulingConflict.isConflictOfInterest) {
                line += Bilingual(zh: "  利益冲突", en: "  conflict of interest")[L]
            }
            grid.putPadded(line, x: area.x, y: y, width: area.width, style: found.isEmpty ? Style(.text) : Style(.error, bold: true))
            if n == selected { grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true } }
            y += 1
        }
    }
}
