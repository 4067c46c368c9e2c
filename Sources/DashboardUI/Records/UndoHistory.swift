import PilotCore

/// The user's own saves of this session: `u` takes back the newest, `U` puts back the last one taken back.
/// An edit leaves a stack only once its compensating edit is written, so a refused undo can be tried again.
public struct UndoHistory: Equatable, Sendable {
    /// Saved edits that can be undone, newest last.
    public private(set) var done: [RecordEdit] = []
    /// Undone edits that can be redone, the most recently undone last.
    public private(set) var undone: [RecordEdit] = []
    static let kept = 50

    public init() {}

    /// What `u` would write: the newest edit reversed.
    public var nextUndo: RecordEdit? { done.last?.inverse }
    /// What `U` would write: the last undone edit again.
    public var nextRedo: RecordEdit? { undone.last?.redo }

    /// A save of the user's finished. A new edit (an import is one) ends what could be redone.
    mutating func saved(_ edit: RecordEdit) {
        switch edit.origin {
        case .edit:
            done.append(edit)
            if done.count > Self.kept { done.removeFirst(done.count - Self.kept) }
            undone.removeAll()
        case .undo:
            if let last = done.popLast() { undone.append(last) }
        case .redo:
            if let last = undone.popLast() { done.append(last) }
        }
    }

    /// `:undo-list`: what `u` and `U` would do, next first.
    func lines(_ L: Language) -> [String] {
        func line(_ index: Int, _ e: RecordEdit) -> String {
            let n = e.changes.count
            let records = Bilingual(zh: "（\(n) 条记录）", en: " (\(n) record\(n == 1 ? "" : "s"))")[L]
            return "  \(index). \(e.done[L])\(records)" + (e.reason.map { " — \($0)" } ?? "")
        }
        var out = [Bilingual(zh: "可撤销（u），最近的在前：", en: "Can be undone (u), newest first:")[L]]
        out += done.reversed().enumerated().map { line($0 + 1, $1) }
        if done.isEmpty { out.append("  " + Strings.nothingToUndo[L]) }
        out.append("")
        out.append(Bilingual(zh: "可重做（U）：", en: "Can be redone (U):")[L])
        out += undone.reversed().enumerated().map { line($0 + 1, $1) }
        if undone.isEmpty { out.append("  " + Strings.nothingToRedo[L]) }
        return out
    }
}
