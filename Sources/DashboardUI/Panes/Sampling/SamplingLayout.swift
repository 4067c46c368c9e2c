/// The sampling pane's regions, shared by its view and its reducer so page sizes match what is drawn.
extension Layout {
    /// The table, and beside it (wide screens) or below it (tall ones) the panel with the selected sampling.
    static func samplingSplit(_ size: Size) -> (table: Rect, panel: Rect) {
        let body = body(size)
        if body.width >= 110 {
            let panelWidth = 44
            return (
                Rect(x: body.x, y: body.y, width: body.width - panelWidth - 1, height: body.height),
                Rect(x: body.maxX - panelWidth, y: body.y, width: panelWidth, height: body.height)
            )
        }
        let panelHeight = body.height >= 16 ? min(9, body.height / 2) : 0
        return (
            Rect(x: body.x, y: body.y, width: body.width, height: body.height - panelHeight),
            Rect(x: body.x, y: body.maxY - panelHeight, width: body.width, height: panelHeight)
        )
    }

    /// Rows of the sampling table under the line saying which list it is (`w`) and the column header.
    static func samplingListRows(_ size: Size) -> Int { max(1, samplingSplit(size).table.height - 2) }
}
