import PilotCore

/// An active filter as the hint line and the filter prompt show it: the text typed and how many of the
/// pane's own records (products, or samplings) it leaves.
struct FilterStatus: Equatable, Sendable {
    let filter: String
    let shown: Int
    let total: Int
    /// Why the selected row matched when the row does not show it ("持有人: …"), for the hint line.
    var note: String? = nil

    /// "/苏 3/15 匹配", kept short so the hint line can always give it room.
    func text(_ L: Language, withFilter: Bool = true) -> String {
        (withFilter ? "/\(filter) " : "") + "\(shown)/\(total) \(Strings.matches[L])"
    }
}
