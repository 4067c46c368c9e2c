/// The due pane's rows, shared by its view and its reducer so a page is what is drawn.
extension Layout {
    /// Lines of the due table under its column header (group headings take some of them).
    static func dueListRows(_ size: Size) -> Int { max(1, body(size).height - 1) }
}
