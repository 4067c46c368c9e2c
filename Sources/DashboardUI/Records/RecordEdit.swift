import PilotCore

/// A change to the store the dashboard asks for: records before and after, the reason, and conflicts the
/// user accepted. The runtime turns it into one journalled commit.
public struct RecordEdit: Equatable, Sendable {
    public var changes: [Change]
    public var reason: String?
    public var conflicts: [String]?
    public var done: Bilingual

    public init(changes: [Change], reason: String?, conflicts: [String]?, done: Bilingual, isUndo: Bool = false) {
        self.changes = changes
        self.reason = reason
        self.conflicts = conflicts
        self.done = done
        self.isUndo = isUndo
    }

    /// One record: `before` is the record as its author saw it (when the form or action opened), so the store
    /// refuses the change if someone else changed the record since.
    public struct Change: Equatable, Sendable {
        public let before: AnyRecord?
        public let after: AnyRecord?
        /// A new record whose id is chosen when it is written, under the store's lock (its id is provisional).
        public var allocatesID = false
    }

    /// True for an edit that undoes another (it is not itself pushed on the undo stack).
    public var isUndo = false

    /// The compensating edit: each change reversed, newest first. The journal keeps both.
    public var inverse: RecordEdit {
        RecordEdit(
            changes: changes.reversed().map { Change(before: $0.after, after: $0.before) },
            reason: "undo: " + (reason ?? done.en), conflicts: nil,
            done: Bilingual(zh: "已撤销：" + done.zh, en: "undone: " + done.en), isUndo: true)
    }
}
