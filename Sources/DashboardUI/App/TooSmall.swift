import PilotCore

enum TooSmall {
    static func draw(into grid: inout Grid, _ state: AppState) {
        let L = state.language
        let lines = [Strings.tooSmall[L], "\(Strings.tooSmallNeed[L]) \(state.size.width)×\(state.size.height)", "q"]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (n, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line, to: state.size.width)
            let x = max(0, (state.size.width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + n, style: Style(n == 0 ? .warning : .muted, bold: n == 0))
        }
    }
}
