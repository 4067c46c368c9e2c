import PilotCore

enum Header {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let area = Layout.header(state.size)
        grid.fill(area, style: Style(.header))
        if area.width >= 60 { grid.put(name, x: 0, y: 0, style: Style(.header, bold: true)) }
        for tab in tabs(state) {
            let active = tab.pane == state.pane
            grid.put(tab.label, x: tab.x, y: 0, style: Style(active ? .tabActive : .tab, bold: active))
        }
    }

    static let name = " biopilot "

    /// Where each pane's tab is drawn: a click on it (MouseDispatch) switches to that pane.
    static func tabs(_ state: AppState) -> [(pane: Pane, label: String, x: Int, width: Int)] {
        let L = state.language
        let area = Layout.header(state.size)
        // The name goes first when there is room for it and the tabs.
        var x = area.width >= 60 ? DisplayWidth.of(name) : 0
        // Tabs with their Chinese names in the English UI when they fit, without when they do not.
        let withTerms = Pane.allCases.map { pane in
            let title = pane.component.title
            return " \(pane.rawValue) \(Bilingual(zh: title.zh, en: "\(title.en) \(title.zh)")[L]) "
        }
        let plain = Pane.allCases.map { " \($0.rawValue) \($0.component.title[L]) " }
        let short = Pane.allCases.map { " \($0.rawValue) \($0.component.shortTitle[L]) " }
        let tiny = Pane.allCases.map { " \($0.rawValue) " }
        let room = area.width - x
        let labels = [withTerms, plain, short].first { DisplayWidth.of($0.joined()) <= room } ?? tiny
        return zip(Pane.allCases, labels).map { pane, label in
            defer { x += DisplayWidth.of(label) }
            return (pane, label, x, DisplayWidth.of(label))
        }
    }
}
