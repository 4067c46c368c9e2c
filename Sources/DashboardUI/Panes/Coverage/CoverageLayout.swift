/// The coverage pane's regions, shared by its view and its reducer so page sizes match what is drawn.
extension Layout {
    /// Rows of the coverage matrix under its headline and column header, above its legend.
    static func coverageListRows(_ size: Size) -> Int { max(1, body(size).height - 3) }
}
