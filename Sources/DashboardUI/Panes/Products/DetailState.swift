import PilotCore

public struct DetailState: Equatable, Sendable {
    public var productId: String
    public var scroll = 0
    /// Lines of the case document at the current width, language and data: measured when the case opens and
    /// again when one of these changes, so that scrolling does not lay out the whole document on every key.
    public var lineCount: Int
    /// The pane the case was opened from (the coverage pane, say), where Esc goes back to.
    public var openedFrom = Pane.products
    /// The finding or measure `n`/`N` selected (`m` adds a measure to it, `Enter` edits a measure, `x` closes one).
    public var item: CaseItem? = nil
}
